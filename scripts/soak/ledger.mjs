// Every acknowledged write of the soak, and what it promises: a claim added and acknowledged is in its source's
// file from then on; a note acknowledged stays, unless a later attempt on the same claim (acknowledged or not)
// replaced it; an import acknowledged is listed, whole. Reads during the run are checked too, so a write that
// vanishes and is later put back (by a stale client's merge) is still caught.

export const KINDS = ['client-add', 'client-note', 'outside-add', 'import', 'tag-label'];

export function createLedger() {
  let clock = 0;
  const acked = Object.fromEntries(KINDS.map((k) => [k, 0]));
  const unknown = Object.fromEntries(KINDS.map((k) => [k, 0]));
  const counters = { merged: 0, conflicts: 0, refused: 0, saves: 0, reads: 0, lists: 0 };
  const claims = new Map(); // claim id -> { sourceId, kind, at }
  const notes = new Map(); // claim id -> { at, possible: Set<string> }
  const imports = new Map(); // source id -> { at, title }
  const labels = new Map(); // tag id -> { at, possible: Set<string> }, its English label
  const lost = []; // { kind, what, when }
  const corrupt = []; // { file, reason }

  const tick = () => ++clock;

  function loseOnce(kind, what, when) {
    if (!lost.some((l) => l.kind === kind && l.what === what)) lost.push({ kind, what, when });
  }

  return {
    /** Saves sent and not answered yet: the kill loop aims at them. */
    savesInFlight: 0,
    acked,
    unknown,
    counters,
    lost,
    corrupt,
    claims,
    imports,
    notes,
    /** A logical time: a read checks only writes acknowledged before it was sent. */
    now: tick,
    claimAcked(kind, id, sourceId) {
      acked[kind] += 1;
      claims.set(id, { sourceId, kind, at: tick() });
    },
    noteAttempt(id, note) {
      const entry = notes.get(id) ?? { at: Infinity, possible: new Set() };
      entry.possible.add(note);
      notes.set(id, entry);
    },
    noteAcked(id, note) {
      acked['client-note'] += 1;
      notes.set(id, { at: tick(), possible: new Set([note]) });
    },
    labelAttempt(tagId, label) {
      const entry = labels.get(tagId) ?? { at: Infinity, possible: new Set() };
      entry.possible.add(label);
      labels.set(tagId, entry);
    },
    labelAcked(tagId, label) {
      acked['tag-label'] += 1;
      labels.set(tagId, { at: tick(), possible: new Set([label]) });
    },
    /** `tags`: the workspace's tag set as a read sent at `sentAt` returned it. */
    checkTags(tags, sentAt, where) {
      const byId = new Map(tags.map((t) => [t.id, t]));
      for (const [id, entry] of labels) {
        if (entry.at > sentAt) continue;
        const label = byId.get(id)?.label.en;
        if (!entry.possible.has(label)) loseOnce('tag-label', `${id} (label now ${JSON.stringify(label)})`, where);
      }
    },
    importAcked(sourceId, title) {
      acked.import += 1;
      imports.set(sourceId, { title, at: tick() });
    },
    noteUnknown(kind) {
      unknown[kind] += 1;
    },
    /** `annotations`: what a read sent at `sentAt` returned for `sourceId`; `noteOf` reads a claim's note. */
    checkRead(sourceId, annotations, sentAt, noteOf, where) {
      const byId = new Map(annotations.map((a) => [a.id, a]));
      for (const [id, claim] of claims) {
        if (claim.sourceId !== sourceId || claim.at > sentAt) continue;
        if (!byId.has(id)) loseOnce(claim.kind, id, where);
      }
      for (const [id, note] of notes) {
        const annotation = byId.get(id);
        if (!annotation || note.at > sentAt) continue;
        const value = noteOf(annotation);
        if (!note.possible.has(value)) loseOnce('client-note', `${id} (note now ${JSON.stringify(value)})`, where);
      }
    },
    checkListed(sourceIds, sentAt, where) {
      const listed = new Set(sourceIds);
      for (const [id, entry] of imports) {
        if (entry.at <= sentAt && !listed.has(id)) loseOnce('import', id, where);
      }
    },
    /** A loss seen by another process (the outside one's listing). */
    lose: loseOnce,
    corruptFile(file, reason) {
      if (!corrupt.some((c) => c.file === file)) corrupt.push({ file, reason });
    },
  };
}

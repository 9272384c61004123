// A soak client: what an open window does to a source's claims, as fast as it can. It keeps its own copy of
// each source's list and the revision it read (or got from its last save), adds claims and edits the notes of
// its own, saves with baseRevision, adopts the `merged` list when the server answers one, and on `conflict`
// reads again and re-applies its action. A call the server never answered (it was killed) is sent again as it
// was, as the renderer's autosave would; whether the first one was written is unknown.

import { call, callUntilAnswered, pause } from './api.mjs';
import { newClaim, noteOf, withNote } from './claims.mjs';

/** Past this many claims a source gets only note edits: whole-file saves of huge lists would only slow the run. */
const MAX_CLAIMS_PER_SOURCE = 200;
const MAX_TRIES = 20;

export async function runClient({ index, server, ledger, random, deadline, log }) {
  const creator = `soak client ${index + 1}`;
  const texts = new Map();
  const local = new Map(); // source id -> { annotations, revision }
  const mine = new Set(); // ids of the claims this client added
  const done = () => Date.now() >= deadline;
  let sources = [];
  let notes = 0;

  async function read(sourceId) {
    const sentAt = ledger.now();
    const answer = await callUntilAnswered(server, 'getAnnotations', { sourceId });
    if (answer.kind !== 'ok') return fail('getAnnotations', sourceId, answer);
    ledger.counters.reads += 1;
    ledger.checkRead(sourceId, answer.value.annotations, sentAt, noteOf, `${creator}: getAnnotations`);
    const state = { annotations: answer.value.annotations, revision: answer.value.revision };
    local.set(sourceId, state);
    return state;
  }

  function fail(method, sourceId, answer) {
    if (answer.kind === 'error') {
      ledger.counters.refused += 1;
      if (answer.code === 'file-corrupt') ledger.corruptFile(`annotations/${sourceId}.json`, answer.message);
      log(`${creator}: ${method} ${sourceId} refused: ${answer.code}: ${answer.message}`);
    }
    return null;
  }

  async function textOf(sourceId) {
    if (!texts.has(sourceId)) {
      const answer = await callUntilAnswered(server, 'getSource', { sourceId });
      if (answer.kind !== 'ok') return fail('getSource', sourceId, answer);
      texts.set(sourceId, answer.value.text);
    }
    return texts.get(sourceId);
  }

  /** The action on a list: a new claim, or a new note on one of this client's claims. */
  function chooseAction(sourceId, annotations, text) {
    const own = annotations.filter((a) => mine.has(a.id));
    const full = annotations.length >= MAX_CLAIMS_PER_SOURCE;
    if (own.length > 0 && (full || random() < 0.35)) {
      const target = own[Math.floor(random() * own.length)].id;
      return { kind: 'client-note', id: target, note: `${creator}: note ${++notes}` };
    }
    if (full) return null;
    return { kind: 'client-add', claim: newClaim(sourceId, text, random, creator) };
  }

  function apply(action, annotations) {
    if (action.kind === 'client-add') {
      return annotations.some((a) => a.id === action.claim.id) ? annotations : [...annotations, action.claim];
    }
    return annotations.map((a) => (a.id === action.id ? withNote(a, action.note) : a));
  }

  /** An acknowledged save acknowledges the whole list sent: this client's claims in it are stored from now on. */
  function acknowledge(action, sent, sourceId) {
    for (const a of sent) {
      if (mine.has(a.id) && !ledger.claims.has(a.id)) ledger.claimAcked('client-add', a.id, sourceId);
    }
    if (action.kind === 'client-note') ledger.noteAcked(action.id, action.note);
  }

  async function save(sourceId, state, action) {
    let list = apply(action, state.annotations);
    let base = state.revision;
    if (action.kind === 'client-add') mine.add(action.claim.id);
    else ledger.noteAttempt(action.id, action.note);
    for (let tries = 0; tries < MAX_TRIES; tries++) {
      const sentAt = ledger.now();
      ledger.savesInFlight += 1;
      const answer = await call(server, 'saveAnnotations', { sourceId, annotations: list, baseRevision: base });
      ledger.savesInFlight -= 1;
      ledger.counters.saves += 1;
      if (answer.kind === 'ok') {
        acknowledge(action, list, sourceId);
        const merged = answer.value.merged ?? null;
        if (merged) {
          ledger.counters.merged += 1;
          ledger.checkRead(sourceId, merged, sentAt, noteOf, `${creator}: saveAnnotations' merged list`);
        }
        local.set(sourceId, { annotations: merged ?? list, revision: answer.value.revision });
        return;
      }
      if (answer.kind === 'down') {
        ledger.noteUnknown(action.kind);
        if (done() || server.isStopped()) return;
        continue; // the same list against the same base: it may or may not have been written
      }
      if (answer.code !== 'conflict') return void fail('saveAnnotations', sourceId, answer);
      ledger.counters.conflicts += 1;
      const fresh = await read(sourceId);
      if (!fresh) return;
      if (action.kind === 'client-note' && !fresh.annotations.some((a) => a.id === action.id)) return;
      list = apply(action, fresh.annotations);
      base = fresh.revision;
    }
    log(`${creator}: gave up saving ${sourceId} after ${MAX_TRIES} tries`);
  }

  let step = 0;
  while (!done()) {
    if (step++ % 10 === 0 || sources.length === 0) {
      const view = await callUntilAnswered(server, 'getWorkspace', {});
      if (view.kind !== 'ok') break;
      sources = view.value.sources.map((s) => s.id);
      if (sources.length === 0) {
        await pause(200);
        continue;
      }
    }
    const sourceId = sources[Math.floor(random() * sources.length)];
    const text = await textOf(sourceId);
    const state = local.has(sourceId) && random() < 0.7 ? local.get(sourceId) : await read(sourceId);
    if (!text || !state) continue;
    const action = chooseAction(sourceId, state.annotations, text);
    if (action) await save(sourceId, state, action);
    await pause(Math.floor(random() * 30));
  }
}

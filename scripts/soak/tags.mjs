// The soak's tag editor: renames tags (their English label) in workspace.json through updateTags with the
// revision it read, as the tag manager does, between the clients' saves and the server's kills. A rename
// touches no claim, so the claims' accounting is unaffected; on conflict it reads again and renames again.

import { call, callUntilAnswered, pause } from './api.mjs';

const MAX_TRIES = 20;

export async function runTagEditor({ server, ledger, random, deadline, log }) {
  let renames = 0;
  while (Date.now() < deadline) {
    await pause(200 + Math.floor(random() * 600));
    let view = await read();
    if (!view) return;
    const tag = view.tags[Math.floor(random() * view.tags.length)];
    const label = `soak label ${++renames}`;
    ledger.labelAttempt(tag.id, label);
    for (let tries = 0; tries < MAX_TRIES && view; tries++) {
      const tags = view.tags.map((t) => (t.id === tag.id ? { ...t, label: { ...t.label, en: label } } : t));
      const answer = await call(server, 'updateTags', { tags, reassign: {}, baseRevision: view.revision });
      if (answer.kind === 'ok') {
        ledger.labelAcked(tag.id, label);
        break;
      }
      if (answer.kind === 'down') {
        ledger.noteUnknown('tag-label');
        if (Date.now() >= deadline || server.isStopped()) return;
        continue;
      }
      if (answer.code !== 'conflict') {
        ledger.counters.refused += 1;
        log(`tags: updateTags refused: ${answer.code}: ${answer.message}`);
        break;
      }
      ledger.counters.conflicts += 1;
      view = await read();
    }
  }

  async function read() {
    const sentAt = ledger.now();
    const answer = await callUntilAnswered(server, 'getWorkspace', {});
    if (answer.kind !== 'ok') return null;
    ledger.checkTags(answer.value.tags, sentAt, 'tags: getWorkspace');
    return answer.value;
  }
}

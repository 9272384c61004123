// A benchmark workspace: one source and a number of seeded claims on it (the same claims on every run and
// every machine), written through the service like the app would.

import { join } from 'node:path';
import { createClaimAnnotation } from '../../shared/annotations/claim.ts';
import { sourceIri } from '../../shared/annotations/model.ts';
import { mulberry32 } from '../../shared/random/prng.ts';
import { openWorkbench } from '../../electron/services/app-context.ts';
import { MemorySettingsStore } from '../../electron/services/settings/settings-store.ts';

const TAGS = ['sourced', 'disputed', 'likely-typo'];

/** `count` claims of two to three words each, spread evenly over the text. */
export function claimsOn(sourceId: string, text: string, count: number) {
  const random = mulberry32(42);
  const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  return Array.from({ length: count }, (_, i) => {
    const at = Math.floor((i + random()) * (words.length / count));
    const first = words[Math.min(at, words.length - 3)]!;
    const last = words[Math.min(at + 1 + Math.floor(random() * 2), words.length - 1)]!;
    return createClaimAnnotation({
      id: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      sourceIri: sourceIri(sourceId),
      text,
      start: first.start,
      end: last.end,
      tags: [TAGS[i % 3]!],
      now: '2026-11-22T00:00:00.000Z',
    });
  });
}

/** A workspace folder `root/name` holding `text` as its only source, with `claims` claims on it. */
export async function workspaceWith(root: string, name: string, text: string, claims: number): Promise<string> {
  const dir = join(root, name);
  const { service } = await openWorkbench({ workspaceDir: dir, userDataDir: dir, settings: new MemorySettingsStore() });
  const meta = await service.importSource({
    fileName: `${name}.txt`,
    dataBase64: Buffer.from(text).toString('base64'),
  });
  const stored = (await service.getSource({ sourceId: meta.id })).text;
  await service.saveAnnotations({
    sourceId: meta.id,
    annotations: claimsOn(meta.id, stored, claims),
    baseRevision: 'absent',
  });
  return dir;
}

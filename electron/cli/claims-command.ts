// `workbench claims --workspace DIR [--tag T] [--json]`: every claim of the workspace (the claims view's data,
// through the same service method), one plain line each, or JSON. A source whose claims cannot be read (a
// corrupt file, kept aside when the workspace opened; a newer version) is named on stderr and the exit code is
// 1, the other claims still printed.

import type { WorkspaceClaim } from '../../shared/api/contract.ts';
import { WorkbenchError } from '../../shared/errors.ts';
import type { Tag } from '../../shared/workspace/model.ts';
import type { ParsedArgs } from './args.ts';
import { openFor, type Output } from './command-inputs.ts';

export async function claimsCommand(args: ParsedArgs, io: Output): Promise<number> {
  const { service } = await openFor(args);
  const view = await service.getWorkspace({});
  for (const p of view.problems) io.err(`workbench: warning: ${p.file}: ${p.message}`);
  const lost = view.problems.some((p) => p.kind === 'corrupt' && p.file.startsWith('annotations/'));
  const tag = args.options.tag === undefined ? undefined : tagIdFor(view.tags, args.options.tag);
  const { claims, unreadable } = await service.listClaims(tag === undefined ? {} : { tag });
  for (const u of unreadable) io.err(`workbench: warning: the claims of ${u.sourceId} were not read: ${u.message}`);
  if (args.options.json) io.out(JSON.stringify(claims, null, 2));
  else for (const claim of claims) io.out(claimLine(claim));
  return unreadable.length > 0 || lost ? 1 : 0;
}

/** A tag given by its id or by either of its labels (case aside), as people type it. */
function tagIdFor(tags: readonly Tag[], given: string): string {
  const wanted = given.trim().toLowerCase();
  const tag = tags.find((t) => [t.id, t.label.en, t.label.ar].some((name) => name.toLowerCase() === wanted));
  if (tag) return tag.id;
  const known = tags.map((t) => `${t.id} (${t.label.en}, ${t.label.ar})`).join('; ');
  throw new WorkbenchError('invalid-argument', `no tag "${given}" in this workspace. Its tags: ${known}.`);
}

/** Source, title, date, tags, flags, quote and note, two spaces apart; line breaks in a note become spaces. */
function claimLine(c: WorkspaceClaim): string {
  const flags = [c.hasCitation && 'citation', c.hasCorrection && 'correction', c.orphaned && 'orphaned'].filter(
    Boolean,
  );
  const note = c.note === '' ? '' : `  ${c.note.replace(/\s*\n\s*/g, ' ')}`;
  const fields = [c.sourceId, c.sourceTitle, c.sourceDate || '-', c.tags.join(',') || '-', flags.join(',') || '-'];
  return `${fields.join('  ')}  «${c.quote}»${note}`;
}

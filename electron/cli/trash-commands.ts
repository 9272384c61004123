// `workbench delete | trash | restore --workspace DIR`: a source moved to the workspace's trash and back, through
// the same service methods the app uses. The id is checked as the doors check it before it names any path.

import { SourceIdSchema } from '../../shared/api/workspace-view.ts';
import { requireOption, UsageError, type ParsedArgs } from './args.ts';
import { openFor, type Output } from './command-inputs.ts';

function sourceId(args: ParsedArgs): string {
  const id = requireOption(args, 'source');
  if (!SourceIdSchema.safeParse(id).success) throw new UsageError(`"${id}" is not a source id (see workbench list).`);
  return id;
}

export async function deleteCommand(args: ParsedArgs, io: Output): Promise<number> {
  const { service } = await openFor(args);
  const id = sourceId(args);
  // The claims as they are now: the command line has no older view to protect.
  const { revision } = await service.getAnnotations({ sourceId: id });
  const entry = await service.deleteSource({ sourceId: id, baseRevision: revision });
  if (args.options.json) io.out(JSON.stringify(entry, null, 2));
  else io.out(`moved ${entry.id}  ${entry.title}  (${entry.claims} claims) to the trash; undo: workbench restore`);
  return 0;
}

export async function trashCommand(args: ParsedArgs, io: Output): Promise<number> {
  const { service } = await openFor(args);
  const { entries } = await service.listTrash({});
  if (args.options.json) io.out(JSON.stringify(entries, null, 2));
  else for (const e of entries) io.out(`${e.id}  ${e.title}  deleted ${e.deletedAt}  ${e.claims} claims`);
  return 0;
}

export async function restoreCommand(args: ParsedArgs, io: Output): Promise<number> {
  const { service } = await openFor(args);
  const meta = await service.restoreSource({ sourceId: sourceId(args) });
  if (args.options.json) io.out(JSON.stringify(meta, null, 2));
  else io.out(`restored ${meta.id}  ${meta.title}`);
  return 0;
}

// What opening a workspace reads once, so problems are reported when it opens, not later: every source's
// meta.json and every annotation file. Nothing unreadable is destroyed: corrupt files are kept aside, newer ones
// left alone (and their sources locked for writing), stray ones reported.

import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseAnnotationDocument } from '../../../shared/annotations/jsonld.ts';
import type { SourceMeta } from '../../../shared/workspace/model.ts';
import { CORRUPT_MARKER, moveAside, readJsonFile } from './json-file.ts';
import { annotationsDir, relativeTo, sourceMetaFile, sourcesDir } from './layout.ts';
import type { ReportProblem as Report } from './problems.ts';
import { stagingOwner } from './staging.ts';

export async function loadSources(
  root: string,
  parse: (json: unknown) => SourceMeta,
  report: Report,
): Promise<SourceMeta[]> {
  const sourcesRoot = sourcesDir(root);
  const sources: SourceMeta[] = [];
  for (const entry of await readdir(sourcesRoot, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    // An import still being staged (by this or another process), or a dead one's that cleanLeftovers kept
    // because it could not tell: not a source until its final rename.
    if (stagingOwner(entry.name) !== undefined) continue;
    const path = sourceMetaFile(root, entry.name);
    const result = await readJsonFile(path, parse);
    if (result.kind === 'ok') sources.push(result.value);
    else if (result.kind === 'missing') report(path, 'invalid', 'source folder without meta.json; skipped');
    else report(path, result.kind, `${result.message}; this source is not shown and its folder is kept`);
  }
  return sources;
}

/** Returns the sources whose annotation file is from a newer version, with the message to refuse writes with. */
export async function checkAnnotationFiles(
  root: string,
  isSource: (id: string) => boolean,
  report: Report,
): Promise<Map<string, string>> {
  const newer = new Map<string, string>();
  const dir = annotationsDir(root);
  for (const name of (await readdir(dir)).sort()) {
    const path = join(dir, name);
    if (name.includes(CORRUPT_MARKER)) {
      report(path, 'corrupt', 'a corrupt annotation file kept aside earlier; delete it when you no longer need it');
      continue;
    }
    if (!name.endsWith('.json') || name.startsWith('.')) continue;
    const id = name.slice(0, -'.json'.length);
    const result = await readJsonFile(path, (json) => parseAnnotationDocument(json, relativeTo(root, path)));
    if (result.kind === 'newer-version') {
      newer.set(id, result.message);
      report(path, 'newer-version', result.message);
    } else if (result.kind === 'corrupt') {
      const kept = await moveAside(path);
      report(path, 'corrupt', `${result.message}. The file was kept as ${relativeTo(root, kept)}.`, kept);
    } else if (result.kind === 'ok' && !isSource(id)) {
      report(path, 'invalid', `annotations for a source that is not in this workspace ("${id}"); kept`);
    }
  }
  return newer;
}

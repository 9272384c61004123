// The soak's verdict, from disk alone after every process has stopped: a fresh `workbench list --json` and
// the files themselves, checked against the ledger of acknowledged writes.

import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { noteOf, parseAnnotationFile } from './claims.mjs';
import { leftovers, wholeSource } from './disk.mjs';
import { CLI, repoRoot } from './server.mjs';

const run = promisify(execFile);

export async function verify(workspace, ledger) {
  const before = await leftovers(workspace);
  const { stdout } = await run(process.execPath, [CLI, 'list', '--workspace', workspace, '--json'], {
    cwd: repoRoot,
    maxBuffer: 64 * 1024 * 1024,
  });
  const view = JSON.parse(stdout);
  for (const p of view.problems) {
    if (p.kind === 'corrupt') ledger.corruptFile(p.file, p.message);
  }
  const sources = new Map(view.sources.map((s) => [s.id, s]));
  ledger.checkListed([...sources.keys()], Infinity, 'final workbench list');
  for (const meta of sources.values()) {
    const problem = await wholeSource(workspace, meta);
    if (problem) ledger.corruptFile(`sources/${meta.id}`, problem);
  }
  try {
    const file = JSON.parse(await readFile(join(workspace, 'workspace.json'), 'utf8'));
    ledger.checkTags(file.tags, Infinity, 'final read of workspace.json');
  } catch (error) {
    ledger.corruptFile('workspace.json', error.message);
  }
  let claims = 0;
  const dir = join(workspace, 'annotations');
  for (const name of await readdir(dir)) {
    if (name.includes('.corrupt-')) ledger.corruptFile(`annotations/${name}`, 'kept aside as corrupt by the store');
    if (!name.endsWith('.json') || name.startsWith('.')) continue;
    const id = name.slice(0, -'.json'.length);
    let annotations;
    try {
      annotations = parseAnnotationFile(JSON.parse(await readFile(join(dir, name), 'utf8')), `annotations/${name}`);
    } catch (error) {
      ledger.corruptFile(`annotations/${name}`, error.message);
      continue;
    }
    claims += annotations.length;
    ledger.checkRead(id, annotations, Infinity, noteOf, 'final read of the files');
  }
  // A claim acknowledged on a source whose file is gone altogether.
  const files = new Set((await readdir(dir)).filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -5)));
  for (const source of new Set([...ledger.claims.values()].map((c) => c.sourceId))) {
    if (!files.has(source)) ledger.checkRead(source, [], Infinity, noteOf, 'final read: the file is missing');
  }
  return { sources: sources.size, claims, problems: view.problems, before, after: await leftovers(workspace) };
}

// The architecture's import boundaries are enforced by the linter: each forbidden import, written in the folder
// it is forbidden in, is reported by ESLint (the same config npm test runs), and the allowed ones are not.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { REPO_ROOT } from '../support/corpus.ts';

// Type information is not needed for import rules, and the probe files exist in no tsconfig.
const eslint = new ESLint({ cwd: REPO_ROOT, overrideConfig: [tseslint.configs.disableTypeChecked] });

async function restricted(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport {};\n`, { filePath: join(REPO_ROOT, file) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const FORBIDDEN: [string, string][] = [
  ['electron/services/probe.ts', "import { app } from 'electron';"],
  ['electron/services/review/probe.ts', "import { startWebServer } from '../../web/server.ts';"],
  ['electron/services/probe.ts', "import { registerApiHandlers } from '../main/ipc.ts';"],
  ['electron/services/probe.ts', "import { App } from '../../renderer/src/app/App.tsx';"],
  ['electron/cli/probe.ts', "import { App } from '../../renderer/src/app/App.tsx';"],
  ['renderer/src/probe.ts', "import { readFile } from 'node:fs/promises';"],
  ['renderer/src/probe.ts', "import path from 'path';"],
  ['renderer/src/claims/probe.ts', "import { dispatch } from '../../../electron/services/dispatch.ts';"],
  ['renderer/src/probe.ts', "import { ipcRenderer } from 'electron';"],
  ['shared/probe.ts', "import { join } from 'node:path';"],
  ['shared/text/probe.ts', "import { t } from '../../renderer/src/i18n.ts';"],
  ['shared/api/probe.ts', "import { Workspace } from '../../electron/services/workspace/workspace.ts';"],
  ['shared/probe.ts', "import { useState } from 'react';"],
];

const ALLOWED: [string, string][] = [
  ['electron/main/probe.ts', "import { app } from 'electron';"],
  ['electron/main/probe.ts', "import { dispatch } from '../services/dispatch.ts';"],
  ['electron/services/probe.ts', "import { readFile } from 'node:fs/promises';"],
  ['electron/services/probe.ts', "import { WorkbenchError } from '../../shared/errors.ts';"],
  ['renderer/src/probe.ts', "import { API_METHODS } from '../../shared/api/methods.ts';"],
  ['shared/text/probe.ts', "import { WorkbenchError } from '../errors.ts';"],
  ['tests/probe.test.ts', "import { app } from 'electron';"],
];

test('a forbidden import fails the lint, in every folder that forbids it', async () => {
  for (const [file, source] of FORBIDDEN) {
    assert.equal((await restricted(file, source)).length, 1, `${file}: ${source}`);
  }
});

test('the imports each folder may make pass', async () => {
  for (const [file, source] of ALLOWED) assert.deepEqual(await restricted(file, source), [], `${file}: ${source}`);
});

// pdfkit's data files (standard-font metrics, the sRGB profile) in a CommonJS bundle built the way the main
// process is built — our vite.main.config.ts plus what Forge's Vite plugin adds for a main target (Node resolve
// conditions, CommonJS lib output, built-ins external) — run from a folder with no node_modules beside it.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { builtinModules } from 'node:module';
import { build, mergeConfig } from 'vite';
import mainConfig from '../../vite.main.config.ts';
import { REPO_ROOT } from '../support/corpus.ts';
import { tempDir } from '../support/temp.ts';

test('standard fonts and the colour profile work in the bundled CommonJS, outside node_modules', async () => {
  const outDir = await tempDir();
  const forgeMainTarget = {
    configFile: false as const,
    root: REPO_ROOT,
    logLevel: 'silent' as const,
    resolve: { conditions: ['node'], mainFields: ['module', 'jsnext:main', 'jsnext'] },
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      lib: {
        entry: join(REPO_ROOT, 'tests/packaging/fixtures/pdfkit-probe.ts'),
        formats: ['cjs' as const],
        fileName: () => 'probe.cjs',
      },
      rollupOptions: { external: ['electron', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)] },
    },
  };
  await build(mergeConfig(forgeMainTarget, mainConfig));
  assert.deepEqual(readdirSync(outDir), ['probe.cjs'], 'one file: nothing beside it to load');
  const result = JSON.parse(
    execFileSync(process.execPath, [join(outDir, 'probe.cjs')], { cwd: outDir, encoding: 'utf8' }),
  );
  assert.deepEqual(result.fonts, ['Times-Roman']);
  assert.equal(result.outputIntent, true);
  assert.equal(result.icc, true);
});

// `workbench web`: browser mode. Opens the workspace, serves the renderer and the API on 127.0.0.1,
// and prints the page's URL (with the launch token) as the first line on stdout.

import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UiLanguageSchema } from '../../shared/workspace/model.ts';
import { defaultUserDataDir, openWorkbench } from '../services/app-context.ts';
import { rendererBuildDir } from '../services/package-root.ts';
import { JsonFileSettingsStore } from '../services/settings/settings-store.ts';
import { Downloads } from '../web/downloads.ts';
import { startWebServer } from '../web/server.ts';
import { UsageError, type ParsedArgs } from './args.ts';
import type { Output } from './command-inputs.ts';

export async function webCommand(args: ParsedArgs, io: Output): Promise<number> {
  const port = parsePort(args.options.port);
  const staticDir = rendererBuildDir();
  if (!existsSync(join(staticDir, 'index.html'))) {
    throw new UsageError('the renderer is not built yet; run "npm run build" first.');
  }
  const userDataDir = defaultUserDataDir();
  const settings = new JsonFileSettingsStore(join(userDataDir, 'browser-mode-settings.json'));
  const workspaceDir = args.options.workspace ? resolve(args.options.workspace) : undefined;
  // Reports are made in a folder of the user data (a temp folder each, removed once the page has fetched it).
  const downloads = new Downloads();
  const reports = {
    stagingDir: join(userDataDir, 'export-staging'),
    keepForDownload: (path: string, fileName: string, dir: string) => downloads.keep(path, fileName, dir),
  };
  // The default workspace (no --workspace) is created on first use, as in the app; a named one needs --create.
  const create = workspaceDir === undefined || args.options.create === true;
  // Without --workspace, the workspace opened last in browser mode (openWorkspace from the page switches).
  const { service, workspace } = await openWorkbench({
    workspaceDir,
    userDataDir,
    settings,
    reports,
    create,
    reopenLast: true,
  });
  if (args.options.lang) {
    const lang = UiLanguageSchema.safeParse(args.options.lang);
    if (!lang.success) throw new UsageError(`--lang must be ar or en, not "${args.options.lang}".`);
    await service.updateSettings({ language: lang.data });
  }
  const server = await startWebServer({ service, staticDir, port, downloads });
  io.out(server.url);
  io.err(
    `workbench: browser mode for workspace ${workspace.root}; listening on ${server.origin} only. Ctrl+C stops it.`,
  );
  await new Promise<void>((done) => {
    const stop = () => void server.close().then(done);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}

function parsePort(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port must be 0–65535, not "${value}".`);
  return port;
}

// The packaged main process, driven through a whole life without Electron: the bundle from the packaged asar runs
// under plain Node with the recording stand-in for `electron` (the one boundary we cannot run) and every other
// module confined to the packaged tree. The page's side is the packaged preload in its own V8 context; every API
// call goes preload → stand-in IPC (structured clones, sender frames) → the real handlers → a real workspace.

import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { createClaimAnnotation } from '../../shared/annotations/claim.ts';
import { sourceIri } from '../../shared/annotations/model.ts';
import { API_METHODS, ipcChannel } from '../../shared/api/methods.ts';
import { SHELL_CHANNELS } from '../../shared/api/shell.ts';
import { corpusFile } from '../e2e/helpers/env.ts';
import { openPdf, pdfjsAnnotations, popplerText } from '../pdf/support/extract.ts';
import { tempDir } from '../support/temp.ts';
import { ensureStandinPackage, PACKAGED_DIR } from './support/package-standin.ts';
import { loadPackagedMain, runPreload, unpackResources, type UnpackedApp } from './support/packaged-tree.ts';
import { createStandin, type FrameLike, type Standin, type StandinOptions } from './support/standin-electron.ts';

type Api = Record<string, (args: object) => Promise<{ ok: boolean; value?: any; error?: { code: string } }>>;
type Shell = { onBeforeClose(h: () => Promise<boolean>): void; onMenuCommand(l: (c: string) => void): () => void };

let unpacked: UnpackedApp;
before(async () => {
  await ensureStandinPackage();
  unpacked = unpackResources(join(PACKAGED_DIR, 'resources'), await tempDir());
});

const failures: unknown[] = [];
process.on('unhandledRejection', (error) => failures.push(error));
process.on('uncaughtException', (error) => failures.push(error));

async function until<T>(what: string, probe: () => T | undefined, timeoutMs = 60_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined && value !== false) return value;
    if (failures.length) throw failures[0];
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Starts the packaged app with a fresh stand-in: module load, then Electron's 'ready'. */
async function start(options: Partial<StandinOptions> = {}): Promise<Standin> {
  const base = await tempDir();
  const standin = createStandin({ userData: join(base, 'user-data'), documents: join(base, 'documents'), ...options });
  loadPackagedMain(unpacked, standin);
  standin.ready();
  return standin;
}

const pageFrame = (standin: Standin) => (): FrameLike => standin.windows[0]!.webContents.mainFrame;

/** The window once it has loaded its page. */
const loadedWindow = (standin: Standin) => (standin.windows[0]?.loaded.length ? standin.windows[0] : undefined);

test('a whole life: window, renderer, preload, API into a workspace, PDF export, language, close, settings', async () => {
  const base = await tempDir();
  const savePath = join(base, 'exported report.pdf');
  const standin = await start({ savePath });
  const window = await until('the window to load its page', () => loadedWindow(standin));

  await test('single instance, app:// registered before ready', () => {
    assert.equal(standin.named('app.requestSingleInstanceLock').length, 1);
    const [schemes] = standin.named('protocol.registerSchemesAsPrivileged');
    assert.deepEqual(schemes?.args, [
      [{ scheme: 'app', privileges: { standard: true, secure: true } }],
      { beforeReady: true },
    ]);
  });

  await test('the window: hardened preferences, the packaged preload, the renderer from app://', () => {
    const prefs = window.options.webPreferences;
    assert.equal(prefs.contextIsolation, true);
    assert.equal(prefs.sandbox, true);
    assert.equal(prefs.nodeIntegration, false);
    assert.equal(prefs.nodeIntegrationInWorker, false);
    assert.equal(prefs.webSecurity, true);
    assert.equal(prefs.webviewTag, false);
    assert.equal(prefs.preload, unpacked.preload);
    assert.ok(existsSync(prefs.preload), 'the preload is where main says it is');
    assert.deepEqual(window.loaded, ['app://workbench/index.html']);
  });

  await test('the app:// handler serves the packaged renderer with its CSP, and nothing else', async () => {
    const handle = standin.protocolHandlers.get('app')!;
    const index = await handle(new Request('app://workbench/index.html'));
    assert.equal(index.status, 200);
    assert.match(index.headers.get('content-security-policy') ?? '', /default-src 'none'; script-src 'self'/);
    const html = await index.text();
    const assets = [...html.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((m) => m[1]!);
    assert.ok(assets.some((a) => a.endsWith('.js')) && assets.some((a) => a.endsWith('.css')));
    for (const asset of assets)
      assert.equal((await handle(new Request(`app://workbench/${asset}`))).status, 200, asset);
    assert.equal((await handle(new Request('app://workbench/%2e%2e/%2e%2e/package.json'))).status, 404);
  });

  await test('navigation, new windows and permissions are refused', () => {
    let prevented = 0;
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      window.webContents.emit(event, { preventDefault: () => (prevented += 1) }, 'https://example.com/');
    }
    assert.equal(prevented, 3);
    assert.deepEqual(window.webContents.windowOpenHandler?.({ url: 'https://example.com/' }), { action: 'deny' });
    const [request] = standin.named('session.setPermissionRequestHandler');
    let granted: boolean | undefined;
    (request!.args[0] as Function)(null, 'media', (answer: boolean) => (granted = answer));
    assert.equal(granted, false);
    const [check] = standin.named('session.setPermissionCheckHandler');
    assert.equal((check!.args[0] as Function)(null, 'clipboard-read'), false);
  });

  runPreload(unpacked.preload, standin, pageFrame(standin));
  const api = standin.mainWorld.workbench as Api;
  const shell = standin.mainWorld.workbenchShell as Shell;

  await test('the preload exposes exactly the documented objects', () => {
    assert.deepEqual(Object.keys(standin.mainWorld).sort(), ['workbench', 'workbenchShell']);
    assert.deepEqual(Object.keys(api).sort(), [...API_METHODS].sort());
    assert.deepEqual(Object.keys(shell).sort(), ['onBeforeClose', 'onMenuCommand']);
  });

  const text = readFileSync(corpusFile('001_f1d8260e76d1168a.txt'), 'utf8');
  let sourceId = '';
  await test('import, list, save and read claims through the preload into the workspace on disk', async () => {
    const imported = await api.importSource!({
      fileName: '001.txt',
      dataBase64: Buffer.from(text).toString('base64'),
    });
    assert.equal(imported.ok, true, JSON.stringify(imported.error));
    sourceId = imported.value.id;
    const view = await api.getWorkspace!({});
    assert.deepEqual(view.value.sources.map((s: { id: string }) => s.id).includes(sourceId), true);
    const stored = (await api.getSource!({ sourceId })).value.text as string;
    const word = /[\p{sc=Arabic}]{4,}/u.exec(stored)!;
    const claim = createClaimAnnotation({
      id: 'urn:uuid:11111111-2222-4333-8444-555555555555',
      sourceIri: sourceIri(sourceId),
      text: stored,
      start: word.index,
      end: word.index + word[0].length,
      tags: ['disputed'],
      now: new Date().toISOString(),
      creator: 'test',
    });
    assert.equal((await api.saveAnnotations!({ sourceId, annotations: [claim], baseRevision: 'absent' })).ok, true);
    const read = await api.getAnnotations!({ sourceId });
    assert.deepEqual(
      read.value.annotations.map((a: { id: string }) => a.id),
      [claim.id],
    );
    const file = join(view.value.root, 'annotations', `${sourceId}.json`);
    assert.match(readFileSync(file, 'utf8'), /11111111-2222-4333-8444-555555555555/);
  });

  await test('an untrusted frame is refused; a bad argument is an invalid-argument answer, not a crash', async () => {
    const channel = ipcChannel('getWorkspace');
    const subframe = await standin.ipc.invoke(channel, { url: 'app://workbench/index.html', parent: {} }, [{}]);
    assert.deepEqual((subframe as { error: { code: string } }).error.code, 'unauthorized');
    const foreign = await standin.ipc.invoke(channel, { url: 'https://evil.example/', parent: null }, [{}]);
    assert.deepEqual((foreign as { error: { code: string } }).error.code, 'unauthorized');
    const bad = await api.getSource!({ sourceId: '../../etc' });
    assert.equal(bad.ok, false);
    assert.equal(bad.error?.code, 'invalid-argument');
  });

  await test('export the PDF report: save dialog, the packaged fonts, the file revealed', async () => {
    const result = await api.exportReport!({ sourceId, options: {} });
    assert.equal(result.ok, true, JSON.stringify(result.error));
    assert.equal(result.value.savedTo, savePath);
    assert.deepEqual(
      standin.named('shell.showItemInFolder').map((c) => c.args[0]),
      [savePath],
    );
    const pdf = new Uint8Array(readFileSync(savePath));
    const extracted = popplerText(pdf, base, 2, 2).replace(/\s+/g, ' ');
    const firstWords = /[\p{sc=Arabic}]{4,}(?:\s+[\p{sc=Arabic}]{2,}){2}/u.exec(text)![0];
    assert.ok(extracted.includes(firstWords), `the report's body has the source text (${firstWords})`);
    const highlights = (await pdfjsAnnotations(await openPdf(pdf), pdf)).filter((a) => a.subtype === 'Highlight');
    assert.deepEqual(
      highlights.map((h) => h.id),
      ['urn:uuid:11111111-2222-4333-8444-555555555555'],
    );
  });

  await test('import a PDF (pdf.js bundled, its data beside the asar) and export its annotated original', async () => {
    const imported = await api.importSource!({
      fileName: 'report.pdf',
      dataBase64: readFileSync(savePath).toString('base64'),
    });
    assert.equal(imported.ok, true, JSON.stringify(imported.error));
    assert.equal(imported.value.format, 'pdf');
    const pdfText = (await api.getSource!({ sourceId: imported.value.id })).value.text as string;
    const firstWords = /[\p{sc=Arabic}]{4,}(?:\s+[\p{sc=Arabic}]{2,}){2}/u.exec(text)![0];
    assert.ok(pdfText.replace(/\s+/g, ' ').includes(firstWords), `the PDF's text came back in order (${firstWords})`);
    const word = /[\p{sc=Arabic}]{5,}/u.exec(pdfText)!;
    const claim = createClaimAnnotation({
      id: 'urn:uuid:22222222-2222-4333-8444-555555555555',
      sourceIri: sourceIri(imported.value.id),
      text: pdfText,
      start: word.index,
      end: word.index + word[0].length,
      tags: ['sourced'],
      now: new Date().toISOString(),
      creator: 'test',
    });
    assert.equal(
      (await api.saveAnnotations!({ sourceId: imported.value.id, annotations: [claim], baseRevision: 'absent' })).ok,
      true,
    );
    const originalPath = join(base, 'annotated original.pdf');
    standin.options.savePath = originalPath;
    const exported = await api.exportAnnotatedOriginal!({ sourceId: imported.value.id });
    assert.equal(exported.ok, true, JSON.stringify(exported.error));
    assert.equal(exported.value.savedTo, originalPath);
    const original = new Uint8Array(readFileSync(originalPath));
    const source = new Uint8Array(readFileSync(savePath));
    assert.deepEqual(original.subarray(0, source.length), source, 'the original bytes come first, unchanged');
    const highlights = async (pdf: Uint8Array) =>
      (await pdfjsAnnotations(await openPdf(pdf), pdf)).filter((a) => a.subtype === 'Highlight');
    const before = await highlights(source);
    const after = await highlights(original);
    assert.equal(after.length, before.length + 1, 'one highlight added for the one claim');
    const added = after.filter((h) => !before.some((b) => b.contents === h.contents));
    assert.equal(added.length, 1, JSON.stringify(after.map((h) => h.contents)));
    assert.match(added[0]!.contents, /موثّق/, "its contents name the claim's tag");
  });

  await test('switching the UI language rebuilds the native menu; a packaged app has no DevTools item', async () => {
    const menus = () =>
      standin
        .named('Menu.setApplicationMenu')
        .map((c) => c.args[0] as { label: string; submenu: { role?: string }[] }[]);
    assert.deepEqual(
      menus()
        .at(-1)!
        .map((m) => m.label),
      ['ملف', 'تحرير', 'عرض', 'مساعدة'],
    );
    assert.equal((await api.updateSettings!({ language: 'en' })).ok, true);
    const english = menus().at(-1)!;
    assert.deepEqual(
      english.map((m) => m.label),
      ['File', 'Edit', 'View', 'Help'],
    );
    // F1 is shown in the menu but left to the page, like every accelerator the page handles.
    const help = english.at(-1)!.submenu as { label?: string; accelerator?: string; registerAccelerator?: boolean }[];
    assert.deepEqual(help, [
      { ...help[0], label: 'Keyboard shortcuts', accelerator: 'F1', registerAccelerator: false },
    ]);
    const roles = english.flatMap((m) => m.submenu.map((i) => i.role)).filter(Boolean);
    assert.ok(!roles.includes('toggleDevTools'), `roles: ${roles.join(', ')}`);
  });

  await test('a menu command reaches the page', async () => {
    const received: string[] = [];
    shell.onMenuCommand((command) => received.push(command));
    const menu = standin.named('Menu.setApplicationMenu').at(-1)!.args[0] as {
      submenu: { click?: () => void; label?: string }[];
    }[];
    menu[1]!.submenu.find((i) => i.label === 'Find in source')!.click!();
    assert.deepEqual(received, ['find']);
  });

  await test('closing waits for the page to save, then the window closes and the app quits', async () => {
    let flushedClaims = 0;
    shell.onBeforeClose(async () => {
      // What the page does: flush its unsaved claims before answering.
      const { annotations: current, revision } = (await api.getAnnotations!({ sourceId })).value;
      const saved = await api.saveAnnotations!({ sourceId, annotations: current, baseRevision: revision });
      flushedClaims = current.length;
      return saved.ok;
    });
    window.close();
    assert.equal(window.destroyed, false, 'the first close is held');
    assert.deepEqual(standin.named('webContents.send').at(-1)?.args, [SHELL_CHANNELS.beforeClose]);
    await until('the window to close', () => window.destroyed);
    assert.equal(flushedClaims, 1);
    await until('the app to quit', () => standin.app.quitting);
  });

  await test('settings were written through the real electron-store', () => {
    const settings = JSON.parse(readFileSync(join(standin.options.userData, 'settings.json'), 'utf8'));
    assert.equal(settings.language, 'en');
    assert.equal(settings.recentWorkspaces[0], join(standin.options.userData, 'Workspace'));
  });

  assert.deepEqual(failures, []);
});

test('a workspace from a newer version: a native error box in the UI language, exit 1, no window', async () => {
  const base = await tempDir();
  const userData = join(base, 'user-data');
  mkdirSync(join(userData, 'Workspace'), { recursive: true });
  writeFileSync(join(userData, 'Workspace', 'workspace.json'), JSON.stringify({ schemaVersion: 99, name: 'future' }));
  const standin = await start({ userData });
  await until('the app to exit', () => standin.app.exitCode !== null);
  assert.equal(standin.app.exitCode, 1);
  const [box] = standin.named('dialog.showErrorBox');
  assert.equal(box?.args[0], 'تعذّر تشغيل منضدة الادعاءات');
  assert.match(String(box?.args[1]), /كُتبت مساحة العمل بإصدار أحدث/);
  assert.match(String(box?.args[1]), /workspace\.json/);
  assert.equal(standin.windows.length, 0);
  assert.equal(JSON.parse(readFileSync(join(userData, 'Workspace', 'workspace.json'), 'utf8')).schemaVersion, 99);
});

test('a user-data folder that cannot be written: the error box says so, exit 1', async () => {
  const base = await tempDir();
  writeFileSync(join(base, 'a-file'), 'not a folder');
  const standin = await start({ userData: join(base, 'a-file', 'user-data'), locale: 'en-GB' });
  await until('the app to exit', () => standin.app.exitCode !== null);
  const [box] = standin.named('dialog.showErrorBox');
  assert.equal(box?.args[0], 'Claim Workbench could not start');
  assert.match(String(box?.args[1]), /could not write to its data folder/);
  assert.equal(standin.windows.length, 0);
});

test('a corrupt settings file is kept aside and the app starts with the defaults', async () => {
  const base = await tempDir();
  const userData = join(base, 'user-data');
  mkdirSync(userData, { recursive: true });
  writeFileSync(join(userData, 'settings.json'), '{"language": "en", ');
  const standin = await start({ userData });
  await until('the window', () => loadedWindow(standin));
  assert.equal(standin.named('dialog.showErrorBox').length, 0);
  assert.equal(readdirSync(userData).filter((f) => f.startsWith('settings.json.corrupt-')).length, 1);
});

test('a second launch quits at once; the first one brings its window forward', async () => {
  const second = await start({ singleInstance: false });
  await until('the second instance to quit', () => second.app.quitting);
  assert.equal(second.windows.length, 0);
  assert.equal(second.named('protocol.handle').length, 0);

  const first = await start();
  const window = await until('the window', () => loadedWindow(first));
  window.minimized = true;
  first.app.emit('second-instance', {}, ['claim-workbench'], '/');
  assert.equal(window.restored, 1);
  assert.equal(window.focused, 1);
});

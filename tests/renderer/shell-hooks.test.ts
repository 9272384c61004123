// The shell's hooks (renderer/src/app/) without a browser: rendered in happy-dom by Testing Library against the
// real service over a temp workspace, so what they store is read back from the files, not from a fake.

import { GlobalRegistrator } from '@happy-dom/global-registrator';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { WorkbenchApi } from '../../shared/api/contract.ts';

GlobalRegistrator.register();
// Imported once the DOM globals exist: Testing Library and React look for them when they load.
const { act, renderHook, waitFor } = await import('@testing-library/react');
const { openWorkbench } = await import('../../electron/services/app-context.ts');
const { MemorySettingsStore } = await import('../../electron/services/settings/settings-store.ts');
const { useOpenSource } = await import('../../renderer/src/app/use-open-source.ts');
const { useWorkspaceView } = await import('../../renderer/src/app/use-workspace-view.ts');
const { useWorkspaces } = await import('../../renderer/src/workspaces/use-workspaces.ts');

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cw-shell-hooks-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
  await GlobalRegistrator.unregister();
});

async function service(name: string) {
  const settings = new MemorySettingsStore();
  const workspaceDir = join(dir, name);
  const { service: api } = await openWorkbench({ workspaceDir, userDataDir: join(dir, `${name}-user`), settings });
  return { api, settings, workspaceDir };
}

const storedName = async (workspaceDir: string) =>
  JSON.parse(await readFile(join(workspaceDir, 'workspace.json'), 'utf8')).name as string;

function renderWorkspace(api: WorkbenchApi) {
  const reported: unknown[] = [];
  let reloads = 0;
  let switched = 0;
  const hook = renderHook(() =>
    useWorkspaceView(
      api,
      'en',
      (e) => reported.push(e),
      () => reloads++,
      () => switched++,
    ),
  );
  return { hook, reported, reloads: () => reloads, switched: () => switched };
}

test('workspace view: a rename is stored in workspace.json and shown', async () => {
  const { api, workspaceDir } = await service('rename');
  const { hook, reported } = renderWorkspace(api);
  await act(() => hook.result.current.refresh());
  let saved = false;
  await act(async () => {
    saved = await hook.result.current.rename('تحقيق 2024');
  });
  assert.equal(saved, true);
  assert.equal(hook.result.current.workspace?.name, 'تحقيق 2024');
  assert.equal(await storedName(workspaceDir), 'تحقيق 2024');
  assert.deepEqual(reported, []);
  hook.unmount();
});

test('workspace view: a rename over a change made elsewhere is refused, said, and the other change shown', async () => {
  const { api, workspaceDir } = await service('stale');
  const { hook, reported } = renderWorkspace(api);
  await act(() => hook.result.current.refresh());
  const seen = hook.result.current.workspace!.revision;
  // Another window renames first.
  await api.renameWorkspace({ name: 'from the other window', baseRevision: seen });
  let saved = true;
  await act(async () => {
    saved = await hook.result.current.rename('from this window');
  });
  assert.equal(saved, false);
  assert.equal(reported.length, 1);
  assert.equal((reported[0] as { code?: string }).code, 'conflict');
  assert.equal(hook.result.current.workspace?.name, 'from the other window', 'the window now shows what is on disk');
  assert.equal(await storedName(workspaceDir), 'from the other window');
  hook.unmount();
});

test('workspace view: saving tags stores them and reloads the claims once; a failed save does not', async () => {
  const { api, workspaceDir } = await service('tags');
  const { hook, reported, reloads } = renderWorkspace(api);
  await act(() => hook.result.current.refresh());
  const tags = [
    ...hook.result.current.workspace!.tags,
    { id: 'checked', label: { ar: 'مُتحقَّق', en: 'Checked' }, color: '#2e7d32' },
  ];
  let saved = false;
  await act(async () => {
    saved = await hook.result.current.saveTags(tags, {});
  });
  assert.equal(saved, true);
  assert.equal(reloads(), 1);
  const stored = JSON.parse(await readFile(join(workspaceDir, 'workspace.json'), 'utf8'));
  assert.ok(stored.tags.some((t: { id: string }) => t.id === 'checked'));
  await act(async () => {
    saved = await hook.result.current.saveTags([{ id: '', label: { ar: '', en: '' }, color: 'x' }], {});
  });
  assert.equal(saved, false);
  assert.equal(reloads(), 1);
  assert.equal(reported.length, 1);
  hook.unmount();
});

test('open source: choosing one loads its text and claims and remembers it for this workspace', async () => {
  const { api, settings, workspaceDir } = await service('open');
  const dataBase64 = Buffer.from('نص المصدر الأول\nسطر ثانٍ\n').toString('base64');
  const meta = await api.importSource({ fileName: 'one.txt', dataBase64 });
  const reported: unknown[] = [];
  const hook = renderHook(() => useOpenSource(api, (e) => reported.push(e)));
  act(() => hook.result.current.select(meta.id));
  await waitFor(() => assert.equal(hook.result.current.source?.meta.id, meta.id));
  assert.equal(hook.result.current.source?.text, 'نص المصدر الأول\nسطر ثانٍ\n');
  assert.deepEqual(hook.result.current.source?.claims.ok && hook.result.current.source.claims.annotations, []);
  await waitFor(async () => assert.equal((await settings.read()).lastSources[workspaceDir], meta.id));

  // A link into the same source: no new load, a new reveal each time (the nonce).
  const loadId = hook.result.current.source!.loadId;
  act(() => hook.result.current.openAt(meta.id, 0, 2));
  act(() => hook.result.current.openAt(meta.id, 0, 2));
  assert.deepEqual(hook.result.current.reveal, { sourceId: meta.id, start: 0, end: 2, nonce: 2 });
  assert.equal(hook.result.current.source!.loadId, loadId);
  // Claims changed under it (a tag merge): loaded again.
  act(() => hook.result.current.reloadClaims());
  await waitFor(() => assert.notEqual(hook.result.current.source!.loadId, loadId));
  assert.deepEqual(reported, []);
  hook.unmount();
});

test('workspaces: a new workspace is made and the window told to start again on it; a refused one is said', async () => {
  const { api } = await service('switch-from');
  let switched = 0;
  const hook = renderHook(() =>
    useWorkspaces(
      api,
      () => switched++,
      () => new Error('save failed'),
    ),
  );
  act(() => hook.result.current.show('create'));
  await waitFor(() => assert.ok(hook.result.current.list));
  assert.equal(hook.result.current.list!.canChooseFolder, false, 'no folder chooser outside Electron');
  await act(() => hook.result.current.open(join(dir, 'switch-to'), true));
  assert.equal(switched, 1);
  assert.equal(hook.result.current.mode, null, 'the dialog closes');
  assert.equal((await api.getWorkspace({})).root, join(dir, 'switch-to'));
  assert.ok(JSON.parse(await readFile(join(dir, 'switch-to', 'workspace.json'), 'utf8')).name);

  act(() => hook.result.current.show('open'));
  await act(() => hook.result.current.open(join(dir, 'no-such-folder'), false));
  assert.equal(switched, 1);
  assert.equal(hook.result.current.error?.code, 'not-found');
  assert.equal(hook.result.current.mode, 'open', 'the dialog stays open with the reason');
  hook.unmount();
});

test('workspace view: another window opening another workspace makes this one start again', async () => {
  const { api } = await service('poll-from');
  const { hook, switched } = renderWorkspace(api);
  await act(() => hook.result.current.refresh());
  await api.openWorkspace({ root: join(dir, 'poll-to'), create: true });
  // The revision poll runs every 3 s.
  await waitFor(() => assert.equal(switched(), 1), { timeout: 8000 });
  assert.equal(hook.result.current.workspace?.root, join(dir, 'poll-from'), 'not shown as if it were this one');
  hook.unmount();
});

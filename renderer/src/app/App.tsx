// The main window, composed: header, messages, the sources sidebar (or the workspace search in its place), the
// open source (or every claim of the workspace in its place), and the dialogs. State lives in the hooks beside
// this file; it talks only to the WorkbenchApi.

import { useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { WorkbenchApi } from '../../../shared/api/contract.ts';
import { AnnotationImport } from '../documents/AnnotationImport.tsx';
import { ExportProgress } from '../documents/ExportProgress.tsx';
import { PasteSource } from '../documents/PasteSource.tsx';
import { errorView } from '../errors.ts';
import { t } from '../i18n.ts';
import { AppDialogs, type ShellDialog } from './AppDialogs.tsx';
import { AppHeader } from './AppHeader.tsx';
import type { Boot } from './boot.ts';
import { flushAll, runCommand, useCommand } from './commands.ts';
import { MainPane } from './MainPane.tsx';
import { MessageBar, type Message } from './MessageBar.tsx';
import { ProblemsBanner } from './ProblemsBanner.tsx';
import { SidePane } from './SidePane.tsx';
import { usePageKeys } from './page-keys.ts';
import { useSaveBeforeClose } from './save-before-close.ts';
import { useClaimsView } from './use-claims-view.ts';
import { useDocuments } from './use-documents.ts';
import { useFileDrop } from './use-file-drop.ts';
import { useOpenSource } from './use-open-source.ts';
import { useSourceActions } from './use-source-actions.ts';
import { useUiSettings } from './use-ui-settings.ts';
import { useWorkspaceView } from './use-workspace-view.ts';
import { useWorkspaces } from '../workspaces/use-workspaces.ts';
import { WorkspacesDialog } from '../workspaces/WorkspacesDialog.tsx';
import { useSourceGone } from '../sources/use-source-gone.ts';

export function App(props: { api: WorkbenchApi; boot: Promise<Boot>; onSwitched: () => void }) {
  const { api, boot, onSwitched } = props;
  const [message, setMessage] = useState<Message | null>(null);
  const [dialog, setDialog] = useState<ShellDialog>(null);
  /** The workspace search in the sidebar's place; the number refocuses its query on each Ctrl+Shift+F. */
  const [findAll, setFindAll] = useState<number | null>(null);
  const report = useCallback((error: unknown) => setMessage({ kind: 'error', errors: [errorView(error)] }), []);
  const ui = useUiSettings(api, report);
  const { lang } = ui;
  const open = useOpenSource(api, report);
  const { source } = open;
  const ws = useWorkspaceView(api, lang, report, open.reloadClaims, onSwitched);
  const workspaces = useWorkspaces(api, onSwitched, () => new Error(t(lang, 'saveFailed')));
  const { workspace } = ws;
  const actions = useSourceActions({
    ...open,
    setWorkspace: ws.setWorkspace,
    refresh: ws.refresh,
    say: setMessage,
    report,
    api,
  });
  useSourceGone(workspace, open, setMessage);
  const drop = useFileDrop((files) => void actions.importFiles(files));

  const { adopt: adoptSettings } = ui;
  const { setWorkspace } = ws;
  const { adopt: adoptSource } = open;
  useEffect(() => {
    boot
      .then(({ settings, view, opened }) => {
        adoptSettings(settings);
        setWorkspace(view);
        adoptSource(opened);
      })
      .catch(report);
  }, [boot, report, adoptSettings, setWorkspace, adoptSource]);
  useSaveBeforeClose(flushAll);

  const claims = useClaimsView(open, () => report(new Error(t(lang, 'saveFailed'))));

  const { reportExport, paste } = useDocuments({
    api,
    lang,
    meta: source?.meta,
    workspaceName: workspace?.name ?? '',
    skipPassages: ui.skipPassages,
    say: setMessage,
    report,
    onPasted: async (meta) => {
      await ws.refresh();
      open.select(meta.id);
    },
  });

  useCommand('export-pdf', () => void reportExport.start());
  useCommand('export-workspace-pdf', () => void reportExport.start('workspace'));
  useCommand('toggle-language', () => void ui.toggleLanguage());
  useCommand('edit-tags', () => setDialog('tags'));
  useCommand('workspace-claims', () => void claims.show());
  // Rendered and focused before the handler returns, like Ctrl+F (see SearchQuery).
  useCommand('find-in-workspace', () => flushSync(() => setFindAll((n) => (n ?? 0) + 1)));
  useCommand('show-shortcuts', () => setDialog('shortcuts'));
  useCommand('open-workspace', () => workspaces.show('open'));
  useCommand('new-workspace', () => workspaces.show('create'));
  useEffect(() => window.workbenchShell?.onMenuCommand(runCommand), []);
  usePageKeys();

  return (
    <div className={`app${drop.dragging ? ' app--dragging' : ''}`} {...drop.handlers}>
      <AppHeader
        lang={lang}
        workspace={workspace}
        pdfOpen={source?.meta.format === 'pdf'}
        onRename={ws.rename}
        onEditTags={() => setDialog('tags')}
        onToggleLanguage={() => void ui.toggleLanguage()}
      />
      {reportExport.running && (
        <ExportProgress
          lang={lang}
          title={reportExport.running.title}
          fraction={reportExport.running.fraction}
          onCancel={reportExport.cancel}
        />
      )}
      {message && <MessageBar lang={lang} message={message} onDismiss={() => setMessage(null)} />}
      {workspace && <ProblemsBanner lang={lang} problems={workspace.problems} onRestore={ws.restore} />}
      <div className="app__body">
        <SidePane
          api={api}
          lang={lang}
          workspace={workspace}
          skipPassages={ui.skipPassages}
          findAll={findAll}
          open={open}
          onChoose={(id) => {
            if (claims.shown) claims.close();
            open.select(id);
          }}
          onImport={actions.importFiles}
          onShowClaims={() => void claims.show()}
          onEditAliases={() => setDialog('aliases')}
          onCloseFind={() => setFindAll(null)}
          onRename={actions.renameSource}
          refresh={ws.refresh}
          say={setMessage}
          onError={report}
        />
        <MainPane
          api={api}
          workspace={workspace}
          claimsView={claims.shown}
          open={open}
          ui={ui}
          actions={actions}
          onCloseClaims={claims.close}
          onError={report}
        />
      </div>
      <AppDialogs
        lang={lang}
        workspace={workspace}
        open={dialog}
        onClose={(which) => setDialog((shown) => (shown === which ? null : shown))}
        onSaveTags={ws.saveTags}
        onSaveAliases={ws.saveAliases}
      />
      {workspaces.mode && <WorkspacesDialog lang={lang} state={workspaces} />}
      {paste.open && <PasteSource lang={lang} onImport={paste.submit} onClose={paste.close} />}
      <AnnotationImport
        api={api}
        lang={lang}
        sourceId={source?.meta.id ?? null}
        onError={report}
        onImported={(result) => {
          void ws.refresh().catch(report);
          open.reloadClaims();
          const counts = `${result.added} + ${result.updated} · ${t(lang, 'importSkipped')} ${result.skipped.length}`;
          setMessage({ kind: 'info', key: 'importedAnnotations', detail: counts });
        }}
      />
      {drop.dragging && <div className="drop-overlay">{t(lang, 'dropHere')}</div>}
    </div>
  );
}

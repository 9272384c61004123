// The main window: header with the File menu, sources sidebar, the open source (reading view + claims
// panel), messages and the tag-set dialog. Holds workspace-level state; talks only to the WorkbenchApi.

import { useWorkspacePoll } from './use-workspace-poll.ts';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { WorkbenchApi, WorkspaceView } from '../../shared/api/contract.ts';
import type { ProvenanceField, Settings, SourceMeta, Tag, UiLanguage } from '../../shared/workspace/model.ts';
import { flushAll, runCommand, useCommand } from './commands.ts';
import { usePageKeys } from './page-keys.ts';
import { ShortcutSheet } from './components/ShortcutSheet.tsx';
import { FileMenu } from './components/FileMenu.tsx';
import { ProblemsBanner } from './components/ProblemsBanner.tsx';
import { SourceHeader } from './components/SourceHeader.tsx';
import { SourcesSidebar } from './components/SourcesSidebar.tsx';
import { TagManager } from './components/TagManager.tsx';
import { AliasEditor } from './components/AliasEditor.tsx';
import { AnnotationImport } from './components/AnnotationImport.tsx';
import { WorkspaceSearch } from './components/WorkspaceSearch.tsx';
import { fileToBase64 } from './files.ts';
import { errorLead, errorView, type ErrorView } from './errors.ts';
import { dirOf, t, type StringKey } from './i18n.ts';
import { useSaveBeforeClose } from './save-before-close.ts';
import { SourceView } from './source/SourceView.tsx';
import { PasteSource } from './documents/PasteSource.tsx';
import { useOriginalExport, type DocumentMessages } from './documents/use-original-export.ts';
import { usePasteSource } from './documents/use-paste-source.ts';
import { useReportExport } from './documents/use-report-export.ts';
import { ExportProgress } from './components/ExportProgress.tsx';
import type { OpenSource, RevealRequest } from './source/open-source.ts';
import { WorkspaceClaims } from './workspace-claims/WorkspaceClaims.tsx';
import type { ClaimRow } from './workspace-claims/claim-rows.ts';
import { WorkspaceName } from './workspace/WorkspaceName.tsx';

/** A message is kept as a string key plus a detail, so it follows a language switch. */
type Message =
  | { kind: 'info'; key?: StringKey; detail: string }
  /** Errors keep their codes, so their leading sentences follow a language switch too. */
  | { kind: 'error'; errors: ErrorView[] };

let loads = 0;

/** Text and claims fetched together: the first paint needs both, so neither waits for the other. */
async function loadSource(api: WorkbenchApi, sourceId: string): Promise<OpenSource> {
  performance.mark('cw:source-requested');
  const [source, claims] = await Promise.all([
    api.getSource({ sourceId }),
    api.getAnnotations({ sourceId }).then(
      ({ annotations, revision }) => ({ ok: true as const, annotations, revision }),
      (error: unknown) => ({ ok: false as const, error: error instanceof Error ? error.message : String(error) }),
    ),
  ]);
  performance.mark('cw:source-loaded');
  return { ...source, claims, loadId: ++loads };
}

export interface Boot {
  settings: Settings;
  view: WorkspaceView;
  opened: OpenSource | null;
}

/**
 * What the window shows first — settings, the workspace and its first source with its claims — fetched
 * before React renders anything (main.tsx starts it), so the requests do not wait for the first frame.
 */
export async function bootstrap(api: WorkbenchApi): Promise<Boot> {
  const [settings, view] = await Promise.all([api.getSettings({}), api.getWorkspace({})]);
  const last = settings.lastSources[view.root];
  const first = view.sources.some((m) => m.id === last) ? last : view.sources[0]?.id;
  return { settings, view, opened: first ? await loadSource(api, first) : null };
}

export function App({ api, boot }: { api: WorkbenchApi; boot: Promise<Boot> }) {
  const [lang, setLang] = useState<UiLanguage>('ar');
  const [workspace, setWorkspace] = useState<WorkspaceView | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [source, setSource] = useState<OpenSource | null>(null);
  const [claimsReload, setClaimsReload] = useState(0);
  const [message, setMessage] = useState<Message | null>(null);
  const [dragging, setDragging] = useState(false);
  const [editingTags, setEditingTags] = useState(false);
  const [skipPassages, setSkipPassagesState] = useState(true);
  const [reveal, setReveal] = useState<RevealRequest | null>(null);
  /** The workspace search in the sidebar's place; the number refocuses its query on each Ctrl+Shift+F. */
  const [findAll, setFindAll] = useState<number | null>(null);
  const [editingAliases, setEditingAliases] = useState(false);
  const [showingShortcuts, setShowingShortcuts] = useState(false);
  /** The claims of every source in the reading view's place (the open source is unloaded meanwhile). */
  const [claimsView, setClaimsView] = useState(false);

  const report = useCallback((error: unknown) => {
    setMessage({ kind: 'error', errors: [errorView(error)] });
  }, []);
  useWorkspacePoll(api, workspace?.revision, setWorkspace);
  /** A tag or alias change refused because workspace.json changed elsewhere: show why and load what is there. */
  const reportStale = async (error: unknown) => {
    report(error);
    if ((error as { code?: string }).code === 'conflict') setWorkspace(await api.getWorkspace({}));
  };

  useEffect(() => {
    boot
      .then(({ settings, view, opened }) => {
        const first = opened?.meta.id ?? null;
        setLang(settings.language);
        setSkipPassagesState(settings.skipPassages);
        setWorkspace(view);
        if (opened) {
          shown.current = `${first}:0`;
          setSource(opened);
        }
        setSelected(first);
      })
      .catch(report);
  }, [boot, report]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = dirOf(lang);
    document.title = t(lang, 'appTitle');
  }, [lang]);

  useEffect(() => {
    // Remembered for this workspace, so the next start (or reload) opens it again.
    if (selected) api.updateSettings({ lastSourceId: selected }).catch(report);
  }, [api, selected, report]);

  /** Which (source, claims reload) is on screen, so choosing what is already loaded fetches nothing. */
  const shown = useRef('');
  useEffect(() => {
    if (!selected) return setSource(null);
    const key = `${selected}:${claimsReload}`;
    if (shown.current === key) return;
    let live = true;
    loadSource(api, selected)
      .then((s) => {
        if (!live) return;
        shown.current = key;
        setSource(s);
      })
      .catch(report);
    return () => {
      live = false;
    };
  }, [api, selected, report, claimsReload]);

  useSaveBeforeClose(flushAll);

  const importFiles = useCallback(
    async (files: File[]) => {
      let last: SourceMeta | null = null;
      // Every failure is kept and shown at the end: one bad file among several must still be named.
      const failures: ErrorView[] = [];
      for (const file of files) {
        setMessage({ kind: 'info', key: 'importing', detail: file.name });
        try {
          last = await api.importSource({ fileName: file.name, dataBase64: await fileToBase64(file) });
        } catch (error) {
          failures.push(errorView(error));
        }
      }
      if (failures.length > 0) setMessage({ kind: 'error', errors: failures });
      else if (last) setMessage({ kind: 'info', key: 'imported', detail: last.title });
      setWorkspace(await api.getWorkspace({}));
      if (last) setSelected(last.id);
    },
    [api],
  );

  const changeEncoding = useCallback(
    async (encoding: string) => {
      if (!source) return;
      try {
        const meta = await api.setSourceEncoding({ sourceId: source.meta.id, encoding });
        setSource(await loadSource(api, meta.id));
        setWorkspace(await api.getWorkspace({}));
      } catch (error) {
        report(error);
      }
    },
    [api, source, report],
  );

  const saveProvenance = useCallback(
    async (fields: Partial<Record<ProvenanceField, string>>) => {
      if (!source) return;
      try {
        const meta = await api.setProvenance({ sourceId: source.meta.id, fields });
        setSource((s) => (s && s.meta.id === meta.id ? { ...s, meta } : s));
        setWorkspace((w) => w && { ...w, sources: w.sources.map((m) => (m.id === meta.id ? meta : m)) });
      } catch (error) {
        report(error);
        throw error;
      }
    },
    [api, source, report],
  );

  const toggleLanguage = useCallback(async () => {
    const next = lang === 'ar' ? 'en' : 'ar';
    setLang(next);
    await api.updateSettings({ language: next }).catch(report);
  }, [api, lang, report]);

  const setSkipPassages = useCallback(
    async (skip: boolean) => {
      setSkipPassagesState(skip);
      await api.updateSettings({ skipPassages: skip }).catch(report);
    },
    [api, report],
  );

  /** Opens a source (if it is not open) and selects a span of it, or chooses one of its claims. */
  const openAt = useCallback((sourceId: string, start: number, end: number, claimId?: string) => {
    setSelected(sourceId);
    setReveal((r) => ({ sourceId, start, end, ...(claimId ? { claimId } : {}), nonce: (r?.nonce ?? 0) + 1 }));
  }, []);

  const showClaims = async () => {
    // Saved first, so the table lists every edit; the source is loaded again when the view closes.
    if (!(await flushAll())) return report(new Error(t(lang, 'saveFailed')));
    shown.current = '';
    setSource(null);
    setClaimsView(true);
  };
  const closeClaims = (row?: ClaimRow) => {
    setClaimsView(false);
    setClaimsReload((n) => n + 1);
    if (row) openAt(row.sourceId, row.start ?? 0, row.end ?? 0, row.id);
  };

  const restoreWorkspaceFile = async (keptAs: string) => {
    try {
      setWorkspace(await api.restoreWorkspaceFile({ keptAs }));
      setClaimsReload((n) => n + 1);
    } catch (error) {
      report(error);
    }
  };

  const renameWorkspace = async (name: string) => {
    try {
      setWorkspace(await api.renameWorkspace({ name, baseRevision: workspace!.revision }));
      return true;
    } catch (error) {
      await reportStale(error);
      return false;
    }
  };

  const saveAliases = async (aliases: string[][]) => {
    try {
      setWorkspace(await api.updateAliases({ aliases, baseRevision: workspace!.revision }));
      setEditingAliases(false);
    } catch (error) {
      await reportStale(error);
    }
  };

  const saveTags = async (tags: Tag[], reassign: Record<string, string | null>) => {
    try {
      if (!(await flushAll())) throw new Error(t(lang, 'saveFailed'));
      setWorkspace(await api.updateTags({ tags, reassign, baseRevision: workspace!.revision }));
      setClaimsReload((n) => n + 1);
      setEditingTags(false);
    } catch (error) {
      await reportStale(error);
    }
  };

  const openLink = async (url: string) => {
    try {
      const { opened } = await api.openExternal({ url });
      // Browser mode: the service checked the URL but cannot open a browser; this page is one.
      if (!opened) window.open(new URL(url).href, '_blank', 'noopener,noreferrer');
    } catch (error) {
      report(error);
    }
  };

  const documentMessages = useMemo<DocumentMessages>(
    () => ({
      info: (key, detail) => setMessage({ kind: 'info', key, detail }),
      clear: () => setMessage(null),
      error: report,
    }),
    [report],
  );
  useOriginalExport(api, lang, source?.meta, documentMessages);
  const reportExport = useReportExport(api, lang, source?.meta, skipPassages, documentMessages);
  const paste = usePasteSource(api, documentMessages, async (meta) => {
    setWorkspace(await api.getWorkspace({}));
    setSelected(meta.id);
  });

  useCommand('export-pdf', () => void reportExport.start());
  useCommand('toggle-language', () => void toggleLanguage());
  useCommand('edit-tags', () => setEditingTags(true));
  useCommand('workspace-claims', () => void showClaims());
  // Rendered and focused before the handler returns, like Ctrl+F (see SearchQuery).
  useCommand('find-in-workspace', () => flushSync(() => setFindAll((n) => (n ?? 0) + 1)));
  useCommand('show-shortcuts', () => setShowingShortcuts(true));
  useEffect(() => window.workbenchShell?.onMenuCommand(runCommand), []);
  usePageKeys();

  return (
    <div
      className={`app${dragging ? ' app--dragging' : ''}`}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDragging(false);
      }}
      onDrop={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        setDragging(false);
        void importFiles([...e.dataTransfer.files]);
      }}
    >
      <header className="app__header">
        <h1 className="app__title">{t(lang, 'appTitle')}</h1>
        <FileMenu lang={lang} disabled={source?.meta.format === 'pdf' ? [] : ['export-original']} />
        <WorkspaceName lang={lang} workspace={workspace} onRename={renameWorkspace} />
        <button type="button" className="button" onClick={() => setEditingTags(true)} disabled={!workspace}>
          {t(lang, 'tags')}
        </button>
        <button type="button" className="button" aria-label={t(lang, 'languageLabel')} onClick={toggleLanguage}>
          {t(lang, 'language')}
        </button>
      </header>
      {reportExport.running && (
        <ExportProgress
          lang={lang}
          title={reportExport.running.title}
          fraction={reportExport.running.fraction}
          onCancel={reportExport.cancel}
        />
      )}
      {message && (
        <div className={`message message--${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.kind === 'info' ? (
            <span>
              {message.key && `${t(lang, message.key)} `}
              <bdi>{message.detail}</bdi>
            </span>
          ) : (
            <ul className="message__errors">
              {message.errors.map((e, i) => (
                <li key={i}>
                  {errorLead(lang, e.code)} <bdi dir="auto">{e.detail}</bdi>
                </li>
              ))}
            </ul>
          )}
          <button type="button" className="button button--quiet" onClick={() => setMessage(null)}>
            {t(lang, 'dismiss')}
          </button>
        </div>
      )}
      {workspace && <ProblemsBanner lang={lang} problems={workspace.problems} onRestore={restoreWorkspaceFile} />}
      <div className="app__body">
        {findAll !== null && workspace ? (
          <WorkspaceSearch
            api={api}
            lang={lang}
            sources={workspace.sources}
            skipPassages={skipPassages}
            focusNonce={findAll}
            onOpenAt={openAt}
            onEditAliases={() => setEditingAliases(true)}
            onClose={() => setFindAll(null)}
            onError={report}
          />
        ) : (
          <SourcesSidebar
            lang={lang}
            sources={workspace?.sources ?? []}
            selected={selected}
            onSelect={(id) => {
              if (claimsView) closeClaims();
              setSelected(id);
            }}
            onImport={importFiles}
            onShowClaims={() => void showClaims()}
          />
        )}
        {claimsView && workspace ? (
          <WorkspaceClaims
            api={api}
            lang={lang}
            tags={workspace.tags}
            sources={workspace.sources}
            onOpen={closeClaims}
            onClose={() => closeClaims()}
            onError={report}
          />
        ) : source && workspace ? (
          <SourceView
            key={source.meta.id}
            api={api}
            lang={lang}
            tags={workspace.tags}
            source={source}
            onSourceChanged={setSource}
            onError={report}
            onOpenLink={(url) => void openLink(url)}
            reveal={reveal?.sourceId === source.meta.id ? reveal : null}
            onOpenAt={openAt}
            sources={workspace.sources}
            skipPassages={skipPassages}
            onSkipPassagesChange={(skip) => void setSkipPassages(skip)}
            header={
              <SourceHeader
                lang={lang}
                meta={source.meta}
                onChangeEncoding={changeEncoding}
                onSaveProvenance={saveProvenance}
              />
            }
          />
        ) : (
          <main className="reading reading--empty">
            <p>{t(lang, 'noSourceSelected')}</p>
          </main>
        )}
      </div>
      {editingTags && workspace && (
        <TagManager lang={lang} tags={workspace.tags} onSave={saveTags} onClose={() => setEditingTags(false)} />
      )}
      {editingAliases && workspace && (
        <AliasEditor
          lang={lang}
          aliases={workspace.aliases}
          onSave={(a) => void saveAliases(a)}
          onClose={() => setEditingAliases(false)}
        />
      )}
      {showingShortcuts && (
        <ShortcutSheet lang={lang} tags={workspace?.tags ?? []} onClose={() => setShowingShortcuts(false)} />
      )}
      {paste.open && <PasteSource lang={lang} onImport={paste.submit} onClose={paste.close} />}
      <AnnotationImport
        api={api}
        lang={lang}
        sourceId={source?.meta.id ?? null}
        onError={report}
        onImported={(result) => {
          void api.getWorkspace({}).then(setWorkspace, report);
          setClaimsReload((n) => n + 1);
          const counts = `${result.added} + ${result.updated} · ${t(lang, 'importSkipped')} ${result.skipped.length}`;
          setMessage({ kind: 'info', key: 'importedAnnotations', detail: counts });
        }}
      />
      {dragging && <div className="drop-overlay">{t(lang, 'dropHere')}</div>}
    </div>
  );
}

// The main window: sources sidebar, reading view, and messages. Holds the app state; talks to the
// workbench only through the WorkbenchApi it is given.

import { useCallback, useEffect, useState } from 'react';
import type { WorkbenchApi, WorkspaceView } from '../../shared/api/contract.ts';
import type { SourceMeta, UiLanguage } from '../../shared/workspace/model.ts';
import { ProblemsBanner } from './components/ProblemsBanner.tsx';
import { ReadingView } from './components/ReadingView.tsx';
import { SourcesSidebar } from './components/SourcesSidebar.tsx';
import { fileToBase64 } from './files.ts';
import { dirOf, t, type StringKey } from './i18n.ts';

/** A message is kept as a string key plus a detail, so it follows a language switch. */
type Message = { kind: 'error' | 'info'; key?: StringKey; detail: string };

export interface OpenSource {
  meta: SourceMeta;
  text: string;
}

export function App({ api }: { api: WorkbenchApi }) {
  const [lang, setLang] = useState<UiLanguage>('ar');
  const [workspace, setWorkspace] = useState<WorkspaceView | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [source, setSource] = useState<OpenSource | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [dragging, setDragging] = useState(false);

  const report = useCallback((error: unknown) => {
    setMessage({ kind: 'error', detail: error instanceof Error ? error.message : String(error) });
  }, []);

  useEffect(() => {
    Promise.all([api.getSettings({}), api.getWorkspace({})])
      .then(([settings, view]) => {
        setLang(settings.language);
        setWorkspace(view);
        setSelected((current) => current ?? view.sources[0]?.id ?? null);
      })
      .catch(report);
  }, [api, report]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = dirOf(lang);
    document.title = t(lang, 'appTitle');
  }, [lang]);

  useEffect(() => {
    if (!selected) return setSource(null);
    let live = true;
    api
      .getSource({ sourceId: selected })
      .then((s) => live && setSource(s))
      .catch(report);
    return () => {
      live = false;
    };
  }, [api, selected, report]);

  const importFiles = useCallback(
    async (files: File[]) => {
      let last: SourceMeta | null = null;
      // Every failure is kept and shown at the end: one bad file among several must still be named.
      const failures: string[] = [];
      for (const file of files) {
        setMessage({ kind: 'info', key: 'importing', detail: file.name });
        try {
          last = await api.importSource({ fileName: file.name, dataBase64: await fileToBase64(file) });
        } catch (error) {
          failures.push(error instanceof Error ? error.message : String(error));
        }
      }
      if (failures.length > 0) setMessage({ kind: 'error', detail: failures.join(' · ') });
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
        setSource(await api.getSource({ sourceId: meta.id }));
        setWorkspace(await api.getWorkspace({}));
      } catch (error) {
        report(error);
      }
    },
    [api, source, report],
  );

  const toggleLanguage = useCallback(async () => {
    const next = lang === 'ar' ? 'en' : 'ar';
    setLang(next);
    await api.updateSettings({ language: next }).catch(report);
  }, [api, lang, report]);

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
        e.preventDefault();
        setDragging(false);
        void importFiles([...e.dataTransfer.files]);
      }}
    >
      <header className="app__header">
        <h1 className="app__title">{t(lang, 'appTitle')}</h1>
        <span className="app__workspace">{workspace?.name}</span>
        <button type="button" className="button" aria-label={t(lang, 'languageLabel')} onClick={toggleLanguage}>
          {t(lang, 'language')}
        </button>
      </header>
      {message && (
        <div className={`message message--${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          <span>
            {message.key && `${t(lang, message.key)} `}
            <bdi>{message.detail}</bdi>
          </span>
          <button type="button" className="button button--quiet" onClick={() => setMessage(null)}>
            {t(lang, 'dismiss')}
          </button>
        </div>
      )}
      {workspace && <ProblemsBanner lang={lang} problems={workspace.problems} />}
      <div className="app__body">
        <SourcesSidebar
          lang={lang}
          sources={workspace?.sources ?? []}
          selected={selected}
          onSelect={setSelected}
          onImport={importFiles}
        />
        <ReadingView lang={lang} source={source} onChangeEncoding={changeEncoding} />
      </div>
      {dragging && <div className="drop-overlay">{t(lang, 'dropHere')}</div>}
    </div>
  );
}

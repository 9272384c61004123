// The window's side: the sources list (with its delete confirmation and the trash), or the search across the
// workspace in its place (Ctrl+Shift+F).

import type { WorkbenchApi, WorkspaceView } from '../../../shared/api/contract.ts';
import type { SourceMeta, UiLanguage } from '../../../shared/workspace/model.ts';
import { DeleteSourceDialog } from '../sources/DeleteSourceDialog.tsx';
import { SourcesSidebar } from '../sources/SourcesSidebar.tsx';
import { TrashDialog } from '../sources/TrashDialog.tsx';
import { useTrash } from '../sources/use-trash.ts';
import { WorkspaceSearch } from '../search/WorkspaceSearch.tsx';
import type { Message } from './MessageBar.tsx';
import type { useOpenSource } from './use-open-source.ts';

export function SidePane(props: {
  api: WorkbenchApi;
  lang: UiLanguage;
  workspace: WorkspaceView | null;
  skipPassages: boolean;
  /** Null: the sources list; a number: the search, its query focused again whenever the number changes. */
  findAll: number | null;
  open: ReturnType<typeof useOpenSource>;
  onChoose: (sourceId: string) => void;
  onImport: (files: File[]) => void;
  onShowClaims: () => void;
  onEditAliases: () => void;
  onCloseFind: () => void;
  onRename: (meta: SourceMeta, title: string) => Promise<boolean>;
  /** Loads the workspace's view again (after a delete or a restore). */
  refresh: () => Promise<void>;
  say: (message: Message) => void;
  onError: (error: unknown) => void;
}) {
  const { api, lang, workspace, open } = props;
  const trash = useTrash({
    api,
    lang,
    sourceCount: workspace?.sources.length,
    onDeleted: (id) => open.selected === id && open.select(null),
    refresh: props.refresh,
    say: props.say,
    report: props.onError,
  });
  if (props.findAll !== null && workspace) {
    return (
      <WorkspaceSearch
        api={api}
        lang={lang}
        sources={workspace.sources}
        skipPassages={props.skipPassages}
        focusNonce={props.findAll}
        onOpenAt={open.openAt}
        onEditAliases={props.onEditAliases}
        onClose={props.onCloseFind}
        onError={props.onError}
      />
    );
  }
  return (
    <>
      <SourcesSidebar
        lang={lang}
        sources={workspace?.sources ?? []}
        selected={open.selected}
        onSelect={props.onChoose}
        onImport={props.onImport}
        onShowClaims={props.onShowClaims}
        onRename={props.onRename}
        onDelete={(meta) => void trash.askDelete(meta)}
        trashCount={trash.entries.length}
        onShowTrash={trash.show}
      />
      {trash.asking && (
        <DeleteSourceDialog
          lang={lang}
          title={trash.asking.meta.title}
          claims={trash.asking.claims}
          onConfirm={trash.confirmDelete}
          onClose={trash.cancelDelete}
        />
      )}
      {trash.shown && (
        <TrashDialog
          lang={lang}
          entries={trash.entries}
          onRestore={trash.restore}
          onPurge={trash.purge}
          onClose={trash.hide}
        />
      )}
    </>
  );
}

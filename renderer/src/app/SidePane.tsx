// The window's side: the sources list, or the search across the workspace in its place (Ctrl+Shift+F).

import type { WorkbenchApi, WorkspaceView } from '../../../shared/api/contract.ts';
import type { UiLanguage } from '../../../shared/workspace/model.ts';
import { SourcesSidebar } from '../sources/SourcesSidebar.tsx';
import { WorkspaceSearch } from '../search/WorkspaceSearch.tsx';
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
  onError: (error: unknown) => void;
}) {
  const { lang, workspace } = props;
  if (props.findAll !== null && workspace) {
    return (
      <WorkspaceSearch
        api={props.api}
        lang={lang}
        sources={workspace.sources}
        skipPassages={props.skipPassages}
        focusNonce={props.findAll}
        onOpenAt={props.open.openAt}
        onEditAliases={props.onEditAliases}
        onClose={props.onCloseFind}
        onError={props.onError}
      />
    );
  }
  return (
    <SourcesSidebar
      lang={lang}
      sources={workspace?.sources ?? []}
      selected={props.open.selected}
      onSelect={props.onChoose}
      onImport={props.onImport}
      onShowClaims={props.onShowClaims}
    />
  );
}

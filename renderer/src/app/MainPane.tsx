// The window's main area: every claim of the workspace (the claims view), else the open source with its header,
// else a line saying to choose one.

import type { WorkbenchApi, WorkspaceView } from '../../../shared/api/contract.ts';
import type { UiLanguage } from '../../../shared/workspace/model.ts';
import { DecodeDialog } from '../sources/DecodeDialog.tsx';
import { SourceHeader } from '../sources/SourceHeader.tsx';
import { t } from '../i18n.ts';
import { SourceView } from '../reading/SourceView.tsx';
import { WorkspaceClaims } from '../workspace-claims/WorkspaceClaims.tsx';
import type { ClaimRow } from '../workspace-claims/claim-rows.ts';
import { openLink } from './open-link.ts';
import type { useOpenSource } from './use-open-source.ts';
import type { useSourceActions } from './use-source-actions.ts';
import type { useUiSettings } from './use-ui-settings.ts';

export function MainPane(props: {
  api: WorkbenchApi;
  workspace: WorkspaceView | null;
  claimsView: boolean;
  open: ReturnType<typeof useOpenSource>;
  ui: ReturnType<typeof useUiSettings>;
  actions: ReturnType<typeof useSourceActions>;
  onCloseClaims: (row?: ClaimRow) => void;
  onError: (error: unknown) => void;
}) {
  const { api, workspace, open, ui, onError } = props;
  const { source } = open;
  const lang: UiLanguage = ui.lang;
  if (props.claimsView && workspace) {
    return (
      <WorkspaceClaims
        api={api}
        lang={lang}
        tags={workspace.tags}
        sources={workspace.sources}
        onOpen={props.onCloseClaims}
        onClose={() => props.onCloseClaims()}
        onError={onError}
      />
    );
  }
  if (!source || !workspace) {
    return (
      <main className="reading reading--empty">
        <p>{t(lang, 'noSourceSelected')}</p>
      </main>
    );
  }
  const { decode } = props.actions;
  return (
    <>
      {decode.pending && (
        <DecodeDialog
          lang={lang}
          pending={decode.pending}
          onConfirm={() => void decode.confirm()}
          onCancel={decode.cancel}
        />
      )}
      <SourceView
        key={source.meta.id}
        api={api}
        lang={lang}
        tags={workspace.tags}
        source={source}
        onSourceChanged={open.setSource}
        onError={onError}
        onOpenLink={(url) => void openLink(api, url).catch(onError)}
        reveal={open.reveal?.sourceId === source.meta.id ? open.reveal : null}
        onOpenAt={open.openAt}
        sources={workspace.sources}
        skipPassages={ui.skipPassages}
        onSkipPassagesChange={(skip) => void ui.setSkipPassages(skip)}
        header={
          <SourceHeader
            lang={lang}
            meta={source.meta}
            onChangeEncoding={props.actions.changeEncoding}
            onSaveProvenance={props.actions.saveProvenance}
            onRename={(title) => props.actions.renameSource(source.meta, title)}
          />
        }
      />
    </>
  );
}

// The window's header: the app's name, the File menu, the workspace's name (renamed in place), the tag set and
// the UI language.

import type { WorkspaceView } from '../../../shared/api/contract.ts';
import type { UiLanguage } from '../../../shared/workspace/model.ts';
import { t } from '../i18n.ts';
import { WorkspaceName } from './WorkspaceName.tsx';
import { FileMenu } from './FileMenu.tsx';

export function AppHeader(props: {
  lang: UiLanguage;
  workspace: WorkspaceView | null;
  /** A PDF source can also be exported as its original with the claims on it. */
  pdfOpen: boolean;
  onRename: (name: string) => Promise<boolean>;
  onEditTags: () => void;
  onToggleLanguage: () => void;
}) {
  const { lang } = props;
  return (
    <header className="app__header">
      <h1 className="app__title">{t(lang, 'appTitle')}</h1>
      <FileMenu lang={lang} disabled={props.pdfOpen ? [] : ['export-original']} />
      <WorkspaceName lang={lang} workspace={props.workspace} onRename={props.onRename} />
      <button type="button" className="button" onClick={props.onEditTags} disabled={!props.workspace}>
        {t(lang, 'tags')}
      </button>
      <button type="button" className="button" aria-label={t(lang, 'languageLabel')} onClick={props.onToggleLanguage}>
        {t(lang, 'language')}
      </button>
    </header>
  );
}

// The open source's title above its text, renamed where it stands (as the workspace's name is): click it or
// Enter on it, type, Enter saves, Escape keeps the old title (app/use-in-place-edit.ts).

import type { UiLanguage } from '../../../shared/workspace/model.ts';
import { useInPlaceEdit } from '../app/use-in-place-edit.ts';
import { t } from '../i18n.ts';

/** As the contract allows (shared/api/trash.ts). */
const MAX_TITLE = 300;

/** The field a title is typed in, wherever it is renamed (here, or in the source list). */
export function TitleField(props: {
  lang: UiLanguage;
  className: string;
  fieldProps: ReturnType<typeof useInPlaceEdit>['fieldProps'];
}) {
  return (
    <input
      className={props.className}
      aria-label={t(props.lang, 'sourceTitle')}
      maxLength={MAX_TITLE}
      {...props.fieldProps}
    />
  );
}

export function SourceTitle(props: { lang: UiLanguage; title: string; onRename: (title: string) => Promise<boolean> }) {
  const { lang, title } = props;
  const edit = useInPlaceEdit(title, props.onRename);
  return (
    // dir=auto: a title is often a Latin file name inside the Arabic UI, or the reverse.
    <h2 className="reading__title" dir="auto">
      {edit.editing ? (
        <TitleField lang={lang} className="reading__title-input" fieldProps={edit.fieldProps} />
      ) : (
        <button
          ref={edit.button}
          type="button"
          dir="auto"
          className="reading__title-button"
          title={t(lang, 'renameSourceTitle')}
          aria-label={`${t(lang, 'renameSourceTitle')}: ${title}`}
          onClick={edit.start}
        >
          {title}
        </button>
      )}
    </h2>
  );
}

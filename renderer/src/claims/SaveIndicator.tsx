// The saved / unsaved state of the open source's claims, announced politely to screen readers.

import type { UiLanguage } from '../../../shared/workspace/model.ts';
import type { SaveState } from './autosave.ts';
import { t } from '../i18n.ts';

export function SaveIndicator({ lang, state }: { lang: UiLanguage; state: SaveState }) {
  const text =
    state.status === 'error'
      ? `${t(lang, 'saveFailed')} ${state.message}`
      : t(lang, state.status as 'saved' | 'unsaved' | 'saving');
  return (
    <span
      className={`save-state save-state--${state.status}`}
      role="status"
      data-testid="save-state"
      data-status={state.status}
    >
      {text}
    </span>
  );
}

// The window's one message line: progress and results as status, failures as an alert listing each error.

import { errorLead, type ErrorView } from '../errors.ts';
import { t, type StringKey } from '../i18n.ts';
import type { UiLanguage } from '../../../shared/workspace/model.ts';

/**
 * Kept as a string key plus a detail, and errors by code, so the message follows a language switch. An info
 * may offer one action on what it reports (Undo).
 */
export type Message =
  | { kind: 'info'; key?: StringKey; detail: string; action?: { key: StringKey; run: () => void } }
  | { kind: 'error'; errors: ErrorView[] };

export function MessageBar(props: { lang: UiLanguage; message: Message; onDismiss: () => void }) {
  const { lang, message } = props;
  return (
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
      {message.kind === 'info' && message.action && (
        <button type="button" className="button" onClick={message.action.run}>
          {t(lang, message.action.key)}
        </button>
      )}
      <button type="button" className="button button--quiet" onClick={props.onDismiss}>
        {t(lang, 'dismiss')}
      </button>
    </div>
  );
}

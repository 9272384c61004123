// Asks before "Decode as" rewrites a source's text: both readings side by side from the first line where they
// differ, what could not be read, and why it cannot be done (claims, a corrected text) before anything is tried.

import { useRef } from 'react';
import type { UiLanguage } from '../../../shared/workspace/model.ts';
import { t } from '../i18n.ts';
import { formatNumber } from '../numbers.ts';
import { useModalDialog } from '../use-modal-dialog.ts';
import type { PendingDecode } from './use-decode-again.ts';

export function DecodeDialog(props: {
  lang: UiLanguage;
  pending: PendingDecode;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { lang, pending } = props;
  const { preview, current } = pending;
  const encoding = preview.encoding.name;
  const dialog = useRef<HTMLDialogElement>(null);
  // Closed either way (so focus goes back to the encoding list); which button closed it decides.
  const confirmed = useRef(false);
  useModalDialog(dialog);
  const fill = (key: Parameters<typeof t>[1], values: Record<string, string | number>) =>
    Object.entries(values).reduce(
      (s, [k, v]) => s.replace(`{${k}}`, typeof v === 'number' ? formatNumber(lang, v) : v),
      t(lang, key),
    );
  const blocked = preview.blocked && t(lang, preview.blocked === 'has-claims' ? 'decodeHasClaims' : 'decodeCorrected');
  const replaced = preview.encoding.replaced?.count ?? 0;
  return (
    <dialog
      ref={dialog}
      className="decode-dialog"
      aria-labelledby="decode-title"
      aria-describedby="decode-help"
      onClose={() => (confirmed.current ? props.onConfirm() : props.onCancel())}
    >
      <h2 id="decode-title">{fill('decodeTitle', { encoding })}</h2>
      <p id="decode-help" role={blocked ? 'alert' : undefined}>
        {blocked || (preview.changed ? t(lang, 'decodeHelp') : t(lang, 'decodeSame'))}
      </p>
      {preview.changed && (
        <>
          <p>{fill('decodeFromLine', { line: preview.fromLine })}</p>
          <div className="decode-dialog__readings">
            <Reading caption={fill('decodeNow', { encoding: current })} text={preview.before} testId="decode-before" />
            <Reading caption={fill('decodeAs', { encoding })} text={preview.after} testId="decode-after" />
          </div>
        </>
      )}
      {replaced > 0 && (
        <p className="decode-dialog__replaced">
          {replaced === 1 ? t(lang, 'decodeReplacedOne') : fill('decodeReplaced', { count: replaced })}
        </p>
      )}
      <div className="dialog__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={!!blocked || !preview.changed}
          onClick={() => {
            confirmed.current = true;
            dialog.current?.close();
          }}
        >
          {fill('decodeConfirm', { encoding })}
        </button>
        <button type="button" className="button button--quiet" onClick={() => dialog.current?.close()}>
          {t(lang, 'cancel')}
        </button>
      </div>
    </dialog>
  );
}

function Reading(props: { caption: string; text: string; testId: string }) {
  return (
    <figure className="decode-dialog__reading">
      <figcaption>{props.caption}</figcaption>
      {/* dir=auto: mojibake of Arabic is Latin letters; each reading runs in its own direction. */}
      <pre dir="auto" data-testid={props.testId}>
        {props.text}
      </pre>
    </figure>
  );
}

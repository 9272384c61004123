// The file picker and the preview dialog of File → Import annotations…: how many annotations will be added or
// updated, each skipped one with its reason (in the UI language) and the tool's own detail, and the unknown tags
// with a checkbox each to create them. Nothing is written until "Import".

import { useEffect, useRef, useState } from 'react';
import type { ImportAnnotationsResult, WorkbenchApi } from '../../../shared/api/contract.ts';
import type { UiLanguage } from '../../../shared/workspace/model.ts';
import { t, type StringKey } from '../i18n.ts';
import { useAnnotationImport, type PendingImport } from './use-annotation-import.ts';

type Reason = ImportAnnotationsResult['skipped'][number]['reason'];

const REASONS: Record<Reason, StringKey> = {
  'not-an-annotation': 'skipNotAnnotation',
  reply: 'skipReply',
  'page-note': 'skipPageNote',
  'no-text-selector': 'skipNoTextSelector',
  'other-document': 'skipOtherDocument',
  'quote-not-found': 'skipQuoteNotFound',
  invalid: 'skipInvalid',
  'unknown-context': 'skipUnknownContext',
  'duplicate-id': 'skipDuplicateId',
};

export function AnnotationImport(props: {
  api: WorkbenchApi;
  lang: UiLanguage;
  sourceId: string | null;
  onImported: (result: ImportAnnotationsResult) => void;
  onError: (error: unknown) => void;
}) {
  const flow = useAnnotationImport(props);
  return (
    <>
      <input
        ref={flow.input}
        type="file"
        hidden
        accept=".json,.jsonld,application/json,application/ld+json"
        data-testid="annotation-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void flow.choose(file);
        }}
      />
      {flow.pending && (
        <ImportPreview lang={props.lang} pending={flow.pending} onImport={flow.confirm} onClose={flow.cancel} />
      )}
    </>
  );
}

function ImportPreview(props: {
  lang: UiLanguage;
  pending: PendingImport;
  onImport: (createTags: string[]) => void;
  onClose: () => void;
}) {
  const { lang } = props;
  const { preview, fileName } = props.pending;
  const dialog = useRef<HTMLDialogElement>(null);
  const [create, setCreate] = useState<string[]>(preview.unknownTags);
  useEffect(() => dialog.current?.showModal(), []);
  const taken = preview.added + preview.updated;
  return (
    <dialog ref={dialog} className="import-preview" aria-labelledby="import-preview-title" onClose={props.onClose}>
      <h2 id="import-preview-title">
        {t(lang, 'importAnnotationsTitle')} <bdi>{fileName}</bdi>
      </h2>
      <p data-testid="import-counts">
        {`${t(lang, 'importWillAdd')} ${preview.added} · ${t(lang, 'importWillUpdate')} ${preview.updated} · `}
        {`${t(lang, 'importUnchanged')} ${preview.unchanged} · ${t(lang, 'importSkipped')} ${preview.skipped.length}`}
      </p>
      {preview.skipped.length > 0 && (
        <ul className="import-preview__skipped" aria-label={t(lang, 'importSkipped')}>
          {preview.skipped.map((s) => (
            <li key={s.index}>
              {`#${s.index + 1} — ${t(lang, REASONS[s.reason])}`} (<bdi dir="ltr">{s.detail}</bdi>)
            </li>
          ))}
        </ul>
      )}
      {preview.unknownTags.length > 0 && (
        <fieldset className="import-preview__tags">
          <legend>{t(lang, 'importUnknownTags')}</legend>
          {preview.unknownTags.map((label) => (
            <label key={label}>
              <input
                type="checkbox"
                checked={create.includes(label)}
                onChange={(e) => setCreate(e.target.checked ? [...create, label] : create.filter((l) => l !== label))}
              />
              <bdi>{label}</bdi>
            </label>
          ))}
        </fieldset>
      )}
      <div className="dialog__actions">
        <button type="button" className="button" disabled={taken === 0} onClick={() => props.onImport(create)}>
          {t(lang, 'importConfirm')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => dialog.current?.close()}>
          {t(lang, 'cancel')}
        </button>
      </div>
    </dialog>
  );
}

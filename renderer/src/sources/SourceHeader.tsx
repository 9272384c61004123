// Above the open source: its title (renamed where it stands), its provenance (dates, byline, outlet: confirm or edit), and the encoding
// it was read with (confidence shown, overridable).

import type { ProvenanceField, SourceMeta, UiLanguage } from '../../../shared/workspace/model.ts';
import { t } from '../i18n.ts';
import { ProvenanceBar } from './ProvenanceBar.tsx';
import { SourceTitle } from './SourceTitle.tsx';

/** Encodings Arabic text actually arrives in; the detector may name others, which are listed too. */
const ENCODINGS = ['utf-8', 'windows-1256', 'iso-8859-6', 'utf-16le', 'utf-16be'];

export function SourceHeader(props: {
  lang: UiLanguage;
  meta: SourceMeta;
  onChangeEncoding: (encoding: string) => void;
  onSaveProvenance: (fields: Partial<Record<ProvenanceField, string>>) => Promise<void>;
  /** Saves a new title; false when refused (the error is shown by the caller). */
  onRename: (title: string) => Promise<boolean>;
}) {
  const { lang, meta } = props;
  return (
    <div className="reading__bar">
      <SourceTitle lang={lang} title={meta.title} onRename={props.onRename} />
      {meta.format === 'pdf' || meta.encoding.detectedBy === 'document' ? (
        <DocumentFacts lang={lang} meta={meta} />
      ) : (
        <EncodingChoice {...props} />
      )}
      <ProvenanceBar lang={lang} meta={meta} onSave={props.onSaveProvenance} />
    </div>
  );
}

/** Documents have no encoding to choose; what matters is what the import kept and left out. */
function DocumentFacts({ lang, meta }: { lang: UiLanguage; meta: SourceMeta }) {
  return (
    <span className="reading__document" data-testid="document-facts">
      {meta.format.toUpperCase()}
      {meta.pageCount !== undefined && ` · ${meta.pageCount} ${t(lang, 'pdfPages')}`}
      {meta.encrypted && ` · ${t(lang, 'encryptedPdf')}`}
      {meta.importNotes?.includes('macros-not-run') && ` · ${t(lang, 'macrosNotRun')}`}
    </span>
  );
}

function EncodingChoice(props: { lang: UiLanguage; meta: SourceMeta; onChangeEncoding: (encoding: string) => void }) {
  const { lang, meta } = props;
  const options = ENCODINGS.includes(meta.encoding.name) ? ENCODINGS : [meta.encoding.name, ...ENCODINGS];
  return (
    <>
      <label className="reading__encoding">
        {t(lang, 'changeEncoding')}{' '}
        <select value={meta.encoding.name} onChange={(e) => props.onChangeEncoding(e.target.value)}>
          {options.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <span className="reading__confidence" data-testid="encoding-confidence">
        {t(lang, 'confidence')} {Math.round(meta.encoding.confidence * 100)}% · {t(lang, 'detectedBy')}{' '}
        {meta.encoding.detectedBy}
      </span>
      {meta.encoding.replaced && (
        <span className="reading__replaced" role="status" data-testid="encoding-replaced">
          {t(lang, 'replacedBytes')
            .replace('{count}', String(meta.encoding.replaced.count))
            .replace('{offset}', String(meta.encoding.replaced.firstOffset))}
        </span>
      )}
    </>
  );
}

// The running PDF export: what is being made, how far it got, and a Cancel button (useReportExport).

import type { UiLanguage } from '../../../shared/workspace/model.ts';
import { t } from '../i18n.ts';

export function ExportProgress({
  lang,
  title,
  fraction,
  onCancel,
}: {
  lang: UiLanguage;
  title: string;
  fraction: number;
  onCancel: () => void;
}) {
  const percent = Math.round(fraction * 100);
  return (
    <div className="message message--info export-progress" role="status" aria-label={t(lang, 'exportProgress')}>
      <span>
        {`${t(lang, 'exportingPdf')} `}
        <bdi>{title}</bdi>
      </span>
      <progress className="export-progress__bar" max={100} value={percent} aria-label={t(lang, 'exportProgress')} />
      <span className="export-progress__percent">{`${percent}%`}</span>
      <button type="button" className="button" onClick={onCancel}>
        {t(lang, 'cancelExport')}
      </button>
    </div>
  );
}

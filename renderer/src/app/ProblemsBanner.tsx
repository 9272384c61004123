// Files in the workspace that could not be read: each named, with the reason and where it was kept. A corrupt
// workspace.json (the workspace then open read-only) gets the one action that recovers it: restore the kept copy.

import type { UiLanguage, WorkspaceProblem } from '../../../shared/workspace/model.ts';
import { t } from '../i18n.ts';

export function ProblemsBanner({
  lang,
  problems,
  onRestore,
}: {
  lang: UiLanguage;
  problems: WorkspaceProblem[];
  onRestore: (keptAs: string) => void;
}) {
  if (problems.length === 0) return null;
  return (
    <section className="problems" role="alert" aria-label={t(lang, 'problems')}>
      <h2 className="problems__title">{t(lang, 'problems')}</h2>
      <ul>
        {problems.map((p) => (
          <li key={p.file + p.message} data-kind={p.kind}>
            <bdi dir="ltr" className="problems__file">
              {p.file}
            </bdi>
            : <bdi dir="ltr">{p.message}</bdi>
            {p.file === 'workspace.json' && p.keptAs && (
              // On a line of its own: in the Arabic UI the (English) reason above and this sentence would otherwise
              // share lines and run into each other.
              <div className="problems__actions">
                <span className="problems__hint">{t(lang, 'readOnlyWorkspace')}</span>{' '}
                <button type="button" className="button" onClick={() => onRestore(p.keptAs!)}>
                  {t(lang, 'restoreKeptCopy')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

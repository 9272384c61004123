// The window's language and whether search and reports skip set-aside passages: shown at once, then stored in
// settings (a failed store is reported; the choice stays for this session).

import { useCallback, useEffect, useState } from 'react';
import type { WorkbenchApi } from '../../../shared/api/contract.ts';
import type { Settings, UiLanguage } from '../../../shared/workspace/model.ts';
import { dirOf, t } from '../i18n.ts';

export function useUiSettings(api: WorkbenchApi, report: (error: unknown) => void) {
  const [lang, setLang] = useState<UiLanguage>('ar');
  const [skipPassages, setSkip] = useState(true);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = dirOf(lang);
    document.title = t(lang, 'appTitle');
  }, [lang]);

  const adopt = useCallback((settings: Settings) => {
    setLang(settings.language);
    setSkip(settings.skipPassages);
  }, []);
  const toggleLanguage = useCallback(async () => {
    const next = lang === 'ar' ? 'en' : 'ar';
    setLang(next);
    await api.updateSettings({ language: next }).catch(report);
  }, [api, lang, report]);
  const setSkipPassages = useCallback(
    async (skip: boolean) => {
      setSkip(skip);
      await api.updateSettings({ skipPassages: skip }).catch(report);
    },
    [api, report],
  );

  return { lang, skipPassages, adopt, toggleLanguage, setSkipPassages };
}

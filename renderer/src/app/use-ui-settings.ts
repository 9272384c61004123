// The window's language, the reading text's size and whether search and reports skip set-aside passages: shown
// at once, then stored in settings (a failed store is reported; the choice stays for this session).

import { useCallback, useEffect, useState } from 'react';
import type { WorkbenchApi } from '../../../shared/api/contract.ts';
import { DEFAULT_TEXT_SIZE, TEXT_SIZES, type Settings, type UiLanguage } from '../../../shared/workspace/model.ts';
import { dirOf, t } from '../i18n.ts';
import { applyTextSize, textScale } from '../reading/text-size.ts';
import { useCommand } from './commands.ts';

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
    applyTextSize(settings.textSize);
  }, []);
  useTextSizeCommands(api, report);
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

/** Ctrl/Cmd +, − and 0 (and the View menu): one step up or down TEXT_SIZES, or back to the default. */
function useTextSizeCommands(api: WorkbenchApi, report: (error: unknown) => void): void {
  const change = (step: 1 | -1 | 0) => {
    // The size shown is the one to step from: settings adopted at start set it too.
    const now = Math.round(textScale() * 100);
    const at = TEXT_SIZES.findIndex((s) => s >= now);
    const next = step === 0 ? DEFAULT_TEXT_SIZE : TEXT_SIZES[Math.min(Math.max(at + step, 0), TEXT_SIZES.length - 1)]!;
    if (next === now) return;
    applyTextSize(next);
    api.updateSettings({ textSize: next }).catch(report);
  };
  useCommand('text-larger', () => change(1));
  useCommand('text-smaller', () => change(-1));
  useCommand('text-default', () => change(0));
}

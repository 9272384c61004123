// Which font files the report uses, as package paths. A packaged app has no node_modules: Forge copies these
// files into the app's resources folder (forge.config.ts) and the main process passes it as `fontDir`.

import type { FontChoice } from '../../../shared/report/options.ts';

export type { FontChoice };
export type FontWeight = 'regular' | 'bold';

const VAZIRMATN = {
  regular: 'vazirmatn/fonts/ttf/Vazirmatn-Regular.ttf',
  bold: 'vazirmatn/fonts/ttf/Vazirmatn-Bold.ttf',
};
const amiri = (subset: string, weight: FontWeight) =>
  `@fontsource/amiri/files/amiri-${subset}-${weight === 'bold' ? 700 : 400}-normal.woff`;

/** Vazirmatn also backs Amiri up for whatever its subsets lack (Arabic-Indic percent sign, some punctuation). */
export function chainFiles(choice: FontChoice, weight: FontWeight): string[] {
  if (choice === 'vazirmatn') return [VAZIRMATN[weight]];
  return [amiri('arabic', weight), amiri('latin', weight), amiri('latin-ext', weight), VAZIRMATN[weight]];
}

/** Every font file any report can use, as package paths (forge.config.ts copies them when packaging). */
export function reportFontSpecs(): string[] {
  const specs = (['vazirmatn', 'amiri'] as const).flatMap((c) =>
    (['regular', 'bold'] as const).flatMap((w) => chainFiles(c, w)),
  );
  return [...new Set(specs)];
}

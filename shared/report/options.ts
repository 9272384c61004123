// The PDF report's choices, declared once: the API contract validates them (z.enum), the CLI parses its flags
// against them, and the report's modules take their types from here.

export const REPORT_FONTS = ['vazirmatn', 'amiri'] as const;
export type FontChoice = (typeof REPORT_FONTS)[number];

export const PAPER_SIZES = ['A4', 'Letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

export const DIGIT_STYLES = ['western', 'arabic-indic'] as const;
export type DigitStyle = (typeof DIGIT_STYLES)[number];

export const REPORT_LANGUAGES = ['ar', 'en'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

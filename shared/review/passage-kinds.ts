// The kinds of passage the review sets aside: declared once for the finder, the API contract, the reading view
// and the report.

export const PASSAGE_KINDS = ['repeated', 'near-duplicate', 'boilerplate'] as const;
export type PassageKind = (typeof PASSAGE_KINDS)[number];

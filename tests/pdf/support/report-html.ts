// The benchmark's Chromium side (scripts/bench-pdf.mjs): the same annotated content as the PDF report (title,
// the text with each claim in its tag's color and numbered, the claims table) as one HTML page, the font
// inlined so nothing is fetched.

import { readClaim } from '../../../shared/annotations/claim.ts';
import { positionSelector } from '../../../shared/annotations/model.ts';
import type { ReportInput } from '../../../electron/services/pdf/report.ts';

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export function reportHtml(input: ReportInput, font: Uint8Array): string {
  const colors = new Map(input.tags.map((t) => [t.id, t.color]));
  const claims = input.annotations
    .map((a) => ({ a, fields: readClaim(a), span: positionSelector(a)! }))
    .sort((x, y) => x.span.start - y.span.start);
  const text = input.source.text;
  let body = '';
  let at = 0;
  claims.forEach(({ span, fields }, i) => {
    if (span.start < at) return; // overlapping claims: the PDF handles them, the comparison does not need to
    const color = colors.get(fields.tags[0] ?? '') ?? '#8a8a8a';
    body += escape(text.slice(at, span.start));
    body += `<mark style="background:${color}52" title="${escape(fields.note)}">${escape(text.slice(span.start, span.end))}</mark><sup>${i + 1}</sup>`;
    at = span.end;
  });
  body += escape(text.slice(at));
  const paragraphs = body
    .split('\n')
    .map((p) => (p.trim() ? `<p dir="auto">${p}</p>` : '<br>'))
    .join('\n');
  const rows = claims
    .map(
      ({ fields }, i) =>
        `<tr><td>${i + 1}</td><td>${escape(fields.tags.join(', '))}</td><td>${escape(text.slice(claims[i]!.span.start, claims[i]!.span.end))}</td><td>${escape(fields.note)}</td><td>${escape(fields.correction)}</td><td>${escape(fields.citations.map((c) => `${c.text} ${c.url ?? ''}`).join(' '))}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><style>
@font-face { font-family: Vazirmatn; src: url(data:font/ttf;base64,${Buffer.from(font).toString('base64')}); }
body { font: 11pt/1.8 Vazirmatn; } mark { color: inherit; } sup { font-size: 62%; }
table { border-collapse: collapse; font-size: 8.5pt; width: 100%; } td { border: 0.4pt solid #9a9a9a; padding: 4px; }
h1 { page-break-before: always; }
</style></head><body><h1 style="page-break-before:avoid">تقرير الادعاءات</h1><h2>${escape(input.source.title)}</h2>
${paragraphs}
<h1>جدول الادعاءات</h1><table>${rows}</table></body></html>`;
}

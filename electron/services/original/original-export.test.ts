// The annotated original after the researcher corrected the text: claims are taken back through the edit
// history to the words the PDF shows, and the page furniture found at import follows the edits too.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderReport } from '../pdf/report.ts';
import { MemorySettingsStore } from '../settings/settings-store.ts';
import { createWorkbenchService } from '../workbench-service.ts';
import { Workspace } from '../workspace/workspace.ts';
import { DEFAULT_TAGS } from '../../../shared/workspace/model.ts';
import { sourceIri } from '../../../shared/annotations/model.ts';
import { claimAt } from '../../../tests/pdf/support/claims-fixture.ts';
import { letters, overlap, popplerWordsIn, quadBoxes } from '../../../tests/documents/support/coverage.ts';
import { openPdf, pdfjsAnnotations } from '../../../tests/pdf/support/extract.ts';
import { tempDir } from '../../../tests/support/temp.ts';

const TEXT = 'أجرت الولايات المتحدة اختباراً في 14 يوليو 2011، وتم تحديد مواعيد لاختبارات لاحقة في 3 ديسمبر 2001.';

test('after "2011" is corrected to "2001" and words are added before it, the highlight still sits on the PDF’s "2011"', async () => {
  const dir = await tempDir();
  const workspace = await Workspace.open(`${dir}/ws`, { create: true });
  const api = createWorkbenchService({ workspace, settings: new MemorySettingsStore() });
  const { pdf } = await renderReport({
    source: { title: 'تقرير', text: TEXT, direction: 'rtl' },
    annotations: [],
    tags: DEFAULT_TAGS,
  });
  const meta = await api.importSource({ fileName: 'r.pdf', dataBase64: Buffer.from(pdf).toString('base64') });
  const { text } = await api.getSource({ sourceId: meta.id });
  const at = text.indexOf('14 يوليو 2011');
  const claim = claimAt(text, at + '14 يوليو '.length, at + '14 يوليو 2011'.length, {
    id: 'urn:uuid:aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
    tags: ['likely-typo'],
    correction: '2001',
  });
  await api.saveAnnotations({
    baseRevision: 'absent',
    sourceId: meta.id,
    annotations: [{ ...claim, target: { ...claim.target, source: sourceIri(meta.id) } }],
  });
  const edited = text.replace('أجرت', 'وفي الواقع أجرت').replace('14 يوليو 2011', '14 يوليو 2001');
  const result = await api.editSourceText({ sourceId: meta.id, baseRevision: 0, text: edited });
  assert.equal(result.outcomes[0]!.status, 'changed');

  const exported = await api.exportAnnotatedOriginal({ sourceId: meta.id });
  const annotated = new Uint8Array(Buffer.from(exported.dataBase64!, 'base64'));
  const doc = await openPdf(annotated);
  const [h] = (await pdfjsAnnotations(doc, annotated)).filter((a) => a.subtype === 'Highlight');
  const boxes = quadBoxes(h!.quadPoints as ArrayLike<number>, (await doc.getPage(h!.page)).view[3]!);
  const under = popplerWordsIn(annotated, dir, h!.page, boxes);
  assert.deepEqual(overlap(letters('2011'), letters(under.join(' '))).recall, 1, `under the highlight: ${under}`);
  assert.match(h!.contents, /2001 → 2001|→ 2001/);
});

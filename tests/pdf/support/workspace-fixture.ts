// A workspace of three corpus sources as a researcher would have it: imported through the service under readable
// titles, their provenance set, two claims in each (tags, notes, one correction), and one claim whose quote is not
// in its text (an orphan). The export tests read it back from the PDF, CSV and JSON-LD.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { WorkbenchApi } from '../../../shared/api/contract.ts';
import { quoteSelector, sourceIri, type Annotation } from '../../../shared/annotations/model.ts';
import { openWorkbench } from '../../../electron/services/app-context.ts';
import { MemorySettingsStore } from '../../../electron/services/settings/settings-store.ts';
import { corpusFile } from '../../e2e/helpers/env.ts';
import { tempDir } from '../../support/temp.ts';
import { claimAt } from './claims-fixture.ts';

interface FixtureClaim {
  id: string;
  sourceId: string;
  sourceTitle: string;
  quote: string;
  note: string;
  tags: string[];
}

export interface FixtureWorkspace {
  dir: string;
  ws: string;
  service: WorkbenchApi;
  sources: { id: string; title: string; author: string }[];
  claims: FixtureClaim[];
  orphan: { id: string; quote: string };
}

/** Corpus file, the title it is imported under, and two quotes of its text to claim. */
const SOURCES = [
  {
    file: '000_3713eee76bfc4b7f.txt',
    title: 'أزمة الصواريخ الكوبية',
    quotes: ['الثورة الكوبية 1959', 'الزعيم باتيستا'],
  },
  { file: '001_f1d8260e76d1168a.txt', title: 'مباحثات سرية بين روسيا وأمريكا', quotes: ['مأرب برس', 'حرب أوكرانيا'] },
  { file: '003_fc528dca72532d73.txt', title: 'Archive 003', quotes: ['الرئيس فلاديمير بوتين', 'الرئيس دونالد ترامب'] },
];

const TAGS = [['sourced'], ['disputed'], ['likely-typo', 'sourced']];
/** Notes of Arabic words only: every reader gives them back in one order (digits among them move for some). */
const ORDINALS = ['أولى', 'ثانية', 'ثالثة', 'رابعة', 'خامسة', 'سادسة'];

export async function threeSourceWorkspace(): Promise<FixtureWorkspace> {
  const dir = await tempDir();
  const ws = join(dir, 'ws');
  const settings = new MemorySettingsStore();
  const { service } = await openWorkbench({ workspaceDir: ws, userDataDir: dir, settings, create: true });
  await service.renameWorkspace({ name: 'ملف التحقق', baseRevision: (await service.getWorkspace({})).revision });
  const sources: FixtureWorkspace['sources'] = [];
  const claims: FixtureClaim[] = [];
  let orphan: FixtureWorkspace['orphan'] | undefined;
  for (const [i, { file, title, quotes }] of SOURCES.entries()) {
    const bytes = await readFile(corpusFile(file));
    const meta = await service.importSource({ fileName: `${title}.txt`, dataBase64: bytes.toString('base64') });
    const author = `كاتب ${i + 1}`;
    await service.setProvenance({
      sourceId: meta.id,
      fields: {
        author,
        outlet: `Outlet ${i + 1}`,
        publishedAt: `2022-11-0${i + 1}`,
        url: `https://example.org/${i + 1}`,
      },
    });
    sources.push({ id: meta.id, title, author });
    const { text } = await service.getSource({ sourceId: meta.id });
    const annotations: Annotation[] = quotes.map((quote, k) => {
      const start = text.indexOf(quote);
      if (start < 0) throw new Error(`"${quote}" is not in ${file}`);
      const id = `urn:uuid:00000000-0000-4000-8000-0000000${i}${k}000`;
      const note = `ملاحظة ${ORDINALS[i * 2 + k]}`;
      const tags = TAGS[(i + k) % TAGS.length]!;
      claims.push({ id, sourceId: meta.id, sourceTitle: title, quote, note, tags });
      return ownSource(claimAt(text, start, start + quote.length, { id, tags, note }), meta.id);
    });
    if (i === 1) {
      const lost = claimAt(text, 0, 5, { id: 'urn:uuid:00000000-0000-4000-8000-00000000dead', tags: ['disputed'] });
      const exact = 'جملة لا وجود لها في هذا النص';
      const selectors = lost.target.selector.map((s) => (s.type === 'TextQuoteSelector' ? { ...s, exact } : s));
      const gone = {
        ...lost,
        target: { ...lost.target, selector: selectors.filter((s) => s.type !== 'TextPositionSelector') },
      };
      annotations.push(ownSource(gone, meta.id));
      orphan = { id: gone.id, quote: quoteSelector(gone)!.exact };
    }
    const { revision } = await service.getAnnotations({ sourceId: meta.id });
    await service.saveAnnotations({ sourceId: meta.id, annotations, baseRevision: revision });
  }
  return { dir, ws, service, sources, claims, orphan: orphan! };
}

function ownSource(annotation: Annotation, sourceId: string): Annotation {
  return { ...annotation, target: { ...annotation.target, source: sourceIri(sourceId) } };
}

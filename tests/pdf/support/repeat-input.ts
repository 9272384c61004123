// The one report input of the repeated-export test, shared by the test and its fresh-process reference.
import { renderReport } from '../../../electron/services/pdf/report.ts';
import { DEFAULT_TAGS } from '../../../shared/workspace/model.ts';
import { spreadClaims } from './claims-fixture.ts';

export async function reportOf(raw: string): Promise<{ pdf: Uint8Array }> {
  const text = raw.replace(/\r\n?/g, '\n').normalize('NFC');
  const input = {
    source: { title: 'repeat', text, direction: 'rtl' as const },
    annotations: spreadClaims(text, 40),
    tags: DEFAULT_TAGS,
  };
  return renderReport(input, { now: new Date('2026-11-22T10:00:00Z') });
}

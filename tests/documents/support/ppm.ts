// Rendered pages as pixels: Poppler (pdftoppm) and MuPDF (mutool draw) write binary PPM (P6), read here to
// compare an annotated page with the original inside and outside a highlight's box.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface Pixels {
  width: number;
  height: number;
  rgb: Uint8Array;
}

export function readPpm(path: string): Pixels {
  const data = readFileSync(path);
  const header = data.subarray(0, 64).toString('latin1');
  const m = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(header);
  if (!m) throw new Error(`${path} is not a binary PPM`);
  return { width: Number(m[1]), height: Number(m[2]), rgb: new Uint8Array(data.subarray(m[0].length)) };
}

/** Page `page` (1-based) at `dpi` with Poppler: PPM file path (written as `${stem}.ppm`) and PNG beside it. */
export function popplerRender(pdf: string, page: number, dpi: number, stem: string): string {
  const args = ['-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile'];
  execFileSync('pdftoppm', [...args, pdf, stem]);
  execFileSync('pdftoppm', [...args, '-png', pdf, stem]);
  return `${stem}.ppm`;
}

export function mupdfRender(pdf: string, page: number, dpi: number, stem: string): string {
  for (const ext of ['ppm', 'png']) {
    execFileSync('mutool', ['draw', '-q', '-r', String(dpi), '-o', `${stem}.${ext}`, pdf, String(page)], {
      stdio: 'ignore',
    });
  }
  return `${stem}.ppm`;
}

/** Share of pixels that differ (any channel by more than 24) inside a box given in pixels. */
export function changedShare(a: Pixels, b: Pixels, box: { x0: number; y0: number; x1: number; y1: number }): number {
  let changed = 0;
  let total = 0;
  for (let y = Math.max(0, Math.floor(box.y0)); y < Math.min(a.height, Math.ceil(box.y1)); y++) {
    for (let x = Math.max(0, Math.floor(box.x0)); x < Math.min(a.width, Math.ceil(box.x1)); x++) {
      const i = (y * a.width + x) * 3;
      total++;
      if (
        Math.abs(a.rgb[i]! - b.rgb[i]!) > 24 ||
        Math.abs(a.rgb[i + 1]! - b.rgb[i + 1]!) > 24 ||
        Math.abs(a.rgb[i + 2]! - b.rgb[i + 2]!) > 24
      )
        changed++;
    }
  }
  return total === 0 ? 0 : changed / total;
}

/** How many pixels differ outside all the boxes (each grown by `margin` pixels): nothing else may change. */
export function changedOutside(
  a: Pixels,
  b: Pixels,
  boxes: Array<{ x0: number; y0: number; x1: number; y1: number }>,
  margin: number,
): number {
  let changed = 0;
  for (let y = 0; y < a.height; y++) {
    for (let x = 0; x < a.width; x++) {
      const i = (y * a.width + x) * 3;
      const differs = [0, 1, 2].some((c) => Math.abs(a.rgb[i + c]! - b.rgb[i + c]!) > 24);
      if (!differs) continue;
      const inside = boxes.some(
        (q) => x >= q.x0 - margin && x <= q.x1 + margin && y >= q.y0 - margin && y <= q.y1 + margin,
      );
      if (!inside) changed++;
    }
  }
  return changed;
}

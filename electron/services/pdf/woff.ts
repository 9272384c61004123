// WOFF 1.0 → plain TrueType/OpenType (sfnt). fontkit reads WOFF but inflates a table on every access, which made
// an Amiri export 7× slower; unpacking once gives the same glyphs (the tables are byte-identical after inflate).

import { inflateSync } from 'node:zlib';

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const WOFF_HEADER = 44;
const WOFF_ENTRY = 20;
const SFNT_HEADER = 12;
const SFNT_ENTRY = 16;

interface TableEntry {
  tag: number;
  checksum: number;
  data: Uint8Array;
}

export function isWoff(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && new DataView(bytes.buffer, bytes.byteOffset).getUint32(0) === WOFF_SIGNATURE;
}

export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (!isWoff(woff)) throw new Error('not a WOFF file');
  const flavor = view.getUint32(4);
  const numTables = view.getUint16(12);
  const tables: TableEntry[] = [];
  for (let i = 0; i < numTables; i++) {
    const at = WOFF_HEADER + i * WOFF_ENTRY;
    const offset = view.getUint32(at + 4);
    const compLength = view.getUint32(at + 8);
    const origLength = view.getUint32(at + 12);
    const stored = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? new Uint8Array(inflateSync(stored)) : stored;
    if (data.length !== origLength)
      throw new Error(`WOFF table ${i} inflates to ${data.length}, not ${origLength} bytes`);
    tables.push({ tag: view.getUint32(at), checksum: view.getUint32(at + 16), data });
  }
  return writeSfnt(flavor, tables);
}

/** Tables stay in the WOFF's (tag-sorted) order, each padded to 4 bytes as the sfnt format requires. */
function writeSfnt(flavor: number, tables: TableEntry[]): Uint8Array {
  const headerSize = SFNT_HEADER + tables.length * SFNT_ENTRY;
  const total = tables.reduce((sum, t) => sum + pad4(t.data.length), headerSize);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  const power = 2 ** Math.floor(Math.log2(tables.length));
  view.setUint32(0, flavor);
  view.setUint16(4, tables.length);
  view.setUint16(6, power * 16);
  view.setUint16(8, Math.log2(power));
  view.setUint16(10, tables.length * 16 - power * 16);
  let offset = headerSize;
  tables.forEach((table, i) => {
    const at = SFNT_HEADER + i * SFNT_ENTRY;
    view.setUint32(at, table.tag);
    view.setUint32(at + 4, table.checksum);
    view.setUint32(at + 8, offset);
    view.setUint32(at + 12, table.data.length);
    out.set(table.data, offset);
    offset += pad4(table.data.length);
  });
  return out;
}

function pad4(n: number): number {
  return (n + 3) & ~3;
}

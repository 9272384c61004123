// Reads a file chosen for import from disk (CLI and main process), refusing folders, special files and
// files over the import limit before reading them, with errors that name the path and the reason.

import { open, stat } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_IMPORT_BYTES } from '../../../shared/api/contract.ts';
import { WorkbenchError } from '../../../shared/errors.ts';
import { assertWithinImportLimit } from './limits.ts';

export interface ImportFile {
  /** The base name, as prepareImport expects it. */
  fileName: string;
  bytes: Uint8Array;
}

export async function readImportFile(path: string): Promise<ImportFile> {
  const info = await stat(path).catch((error: unknown) => {
    throw unreadable(path, error);
  });
  if (info.isDirectory()) throw cannotRead(path, 'it is a folder, not a file');
  // A pipe or device may never end (or block forever): only regular files are imported.
  if (!info.isFile()) throw cannotRead(path, 'it is not a regular file');
  assertWithinImportLimit(path, info.size);
  const bytes = await readAtMost(path, MAX_IMPORT_BYTES).catch((error: unknown) => {
    throw unreadable(path, error);
  });
  // The file may have grown since stat.
  assertWithinImportLimit(path, bytes.length);
  return { fileName: basename(path), bytes };
}

/** 1 MiB reads: few calls for a 20 MB file, little memory wasted for a small one. */
const CHUNK_BYTES = 1024 * 1024;

/** Reads until end of file or until more than `limit` bytes were read, whichever comes first. */
async function readAtMost(path: string, limit: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    return await readChunks(handle, limit);
  } finally {
    await handle.close();
  }
}

async function readChunks(handle: FileHandle, limit: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  while (total <= limit) {
    const chunk = new Uint8Array(CHUNK_BYTES);
    const { bytesRead } = await handle.read(chunk, 0, CHUNK_BYTES, null);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
  }
  return concat(chunks, total);
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/** Node's error codes, in words a researcher can act on. */
const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  ENOTDIR: 'no such file (a part of the path is not a folder)',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder, not a file',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the path is too long',
  EBUSY: 'the file is in use by another program',
};

function unreadable(path: string, error: unknown): WorkbenchError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason = (code && REASONS[code]) || (error instanceof Error ? error.message : String(error));
  return new WorkbenchError('import-unreadable', `cannot read ${path}: ${reason}`, { cause: error });
}

function cannotRead(path: string, reason: string): WorkbenchError {
  return new WorkbenchError('import-unreadable', `cannot read ${path}: ${reason}`);
}

// A plain-text source as the import pipeline would hand it to Workspace.addSource, for store tests that need a
// source without going through decoding.

import type { NewSource } from '../../electron/services/workspace/new-source.ts';

export function newTextSource(text: string, title = 't'): NewSource {
  return {
    text,
    originalBytes: new TextEncoder().encode(text),
    originalExt: 'txt',
    meta: {
      title,
      originalFileName: `${title}.txt`,
      format: 'txt',
      encoding: { name: 'utf-8', confidence: 1, detectedBy: 'utf-8' },
      direction: 'rtl',
    },
  };
}

// Names for files the app writes for the user (exports, reports), from a source's title.

/** A file name stem that is safe on every OS; keeps Arabic letters, drops separators and reserved characters. */
export function safeFileStem(title: string): string {
  const stem = title
    // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name may not hold
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return stem || 'source';
}

// Reading dropped or picked files in the renderer: bytes as base64 for the API (the same for both doors).

export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // Chunks keep String.fromCharCode's argument list short on multi-megabyte files.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

export const IMPORT_ACCEPT = [
  '.txt,.html,.htm,.md,.markdown,text/plain,text/html,text/markdown',
  // Documents: PDF, Word, OpenDocument, saved web pages.
  '.pdf,.docx,.docm,.odt,.mhtml,.mht,application/pdf,multipart/related',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.oasis.opendocument.text',
].join(',');

/** Hands bytes to the browser as a download (browser mode: the service cannot write where the user wants). */
export function downloadFile(fileName: string, dataBase64: string, mimeType: string): void {
  const bytes = Uint8Array.from(atob(dataBase64), (c) => c.charCodeAt(0));
  downloadBlob(fileName, new Blob([bytes], { type: mimeType }));
}

export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

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

export const IMPORT_ACCEPT = '.txt,.html,.htm,.md,.markdown,text/plain,text/html,text/markdown';

// A citation's link, opened outside the app: the service checks the URL (http/https only) and, in Electron,
// hands it to the system browser.

import type { WorkbenchApi } from '../../../shared/api/contract.ts';

export async function openLink(api: WorkbenchApi, url: string): Promise<void> {
  const { opened } = await api.openExternal({ url });
  // Browser mode: the service checked the URL but cannot open a browser; this page is one.
  if (!opened) window.open(new URL(url).href, '_blank', 'noopener,noreferrer');
}

// Real Chromium for the browser-mode tests: the system's Debian build (never a downloaded one), headless,
// with every host except 127.0.0.1 unresolvable so the page cannot reach anything but our own server.

import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { requirePresent } from './env.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];

/** Why Chromium cannot be launched, or undefined when its binary is there. */
export function chromiumMissing(): string | undefined {
  if (existsSync(CHROMIUM_PATH)) return undefined;
  return `Chromium not found at ${CHROMIUM_PATH} (install Debian's chromium or set CHROMIUM_PATH)`;
}

export async function launchChromium(): Promise<Browser> {
  requirePresent(chromiumMissing());
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS], timeout: 30_000 });
}

/** One browser shared by a test file, launched on first use; `close` is safe when it never was. */
export function sharedBrowser(): { get(): Promise<Browser>; close(): Promise<void> } {
  let launching: Promise<Browser> | undefined;
  return {
    get: () => (launching ??= launchChromium()),
    async close() {
      const pending = launching;
      launching = undefined;
      if (pending) await pending.then((browser) => browser.close()).catch(() => undefined);
    },
  };
}

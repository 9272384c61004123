// The window-shell channel beside the API: menu commands from the native menu to the page, and the
// close handshake that lets the page save before the window goes. The preload exposes exactly this.

const MENU_COMMANDS = [
  'import',
  'import-annotations',
  'export-pdf',
  'undo',
  'redo',
  'find',
  'find-in-workspace',
  'edit-text',
  'edit-tags',
  'toggle-language',
  // Sources as researchers have them (issue 15):
  'export-original',
  'paste-source',
  // A screen that works for everyone (issue 13):
  'show-shortcuts',
  // A researcher's whole project (issue 13):
  'workspace-claims',
  'text-larger',
  'text-smaller',
  'text-default',
  'open-workspace',
  'new-workspace',
  'export-workspace-pdf',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export const SHELL_CHANNELS = {
  /** main → page: a menu item was chosen. */
  menu: 'workbench-shell:menu',
  /** main → page: the window wants to close; the page saves and answers on closeReady. */
  beforeClose: 'workbench-shell:before-close',
  /** page → main: true when everything is saved (the window may close), false when saving failed. */
  closeReady: 'workbench-shell:close-ready',
} as const;

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** `window.workbenchShell` in Electron; absent in browser mode, where the page has its own menu and unload. */
export interface WorkbenchShell {
  /** Subscribes to native menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Registers the one save-before-close handler; it resolves true when all is saved. */
  onBeforeClose(handler: () => Promise<boolean>): void;
}

// Method names of the API contract, with no dependencies, so the sandboxed preload can list them.
// contract.ts checks that this list and the schemas name the same methods.

export const API_METHODS = [
  'getWorkspace',
  'importSource',
  'getSource',
  'setSourceEncoding',
  'previewSourceEncoding',
  'getAnnotations',
  'saveAnnotations',
  'getRevisions',
  'importAnnotations',
  'exportAnnotations',
  'exportReport',
  'exportWorkspaceReport',
  'getExportProgress',
  'cancelExport',
  'editSourceText',
  'applyCorrection',
  'updateTags',
  'openExternal',
  'getDismissedSuspicions',
  'setDismissedSuspicions',
  'updateAliases',
  'renameWorkspace',
  'restoreWorkspaceFile',
  'search',
  'getPassages',
  'setKeptPassages',
  'getAlsoIn',
  'exportAnnotatedOriginal',
  'importPasted',
  'setProvenance',
  'listClaims',
  'retagClaims',
  'renameSource',
  'deleteSource',
  'listTrash',
  'restoreSource',
  'purgeSource',
  'getSettings',
  'updateSettings',
  'listWorkspaces',
  'openWorkspace',
] as const;

export type ApiMethodName = (typeof API_METHODS)[number];

/** IPC channel of a method; the main process accepts no other channels. */
export function ipcChannel(method: ApiMethodName): string {
  return `workbench:${method}`;
}

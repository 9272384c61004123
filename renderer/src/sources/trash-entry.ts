// The list's Trash entry: where the focus goes once the source it came from has left the list.

export const TRASH_ENTRY_ID = 'trash-entry';
export const trashEntry = () => document.getElementById(TRASH_ENTRY_ID);

// One replacement of a text: the type the diff, the word-boundary slide and the edit mapping all speak (its own
// module so that none of them imports another for it).

/** Replace old[start, end) by `text` (UTF-16 offsets). */
export type TextEdit = { start: number; end: number; text: string };

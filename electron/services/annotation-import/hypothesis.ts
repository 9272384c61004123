// Hypothesis's own JSON (its API's annotations, in a client export {export_date, annotations} or a search
// result {total, rows}) turned into W3C Web Annotations, so they go through the same import as any other. The
// shapes follow Hypothesis's published API: `text` is the note in Markdown, `tags` are labels, `target` a list of
// {source, selector}; a reply has `references`; a page note has a target without selectors.

import { isJsonObject, type JsonObject } from '../../../shared/annotations/jsonld-normalize.ts';

export type HypothesisShape = 'hypothesis-export' | 'hypothesis-search' | 'hypothesis-annotation';

/** Which Hypothesis shape the document is, if it is one. */
export function hypothesisShape(json: unknown): HypothesisShape | undefined {
  if (!isJsonObject(json) || '@context' in json) return undefined;
  if (Array.isArray(json.annotations) && ('export_date' in json || 'client_version' in json)) {
    return 'hypothesis-export';
  }
  if (Array.isArray(json.rows) && 'total' in json) return 'hypothesis-search';
  if (typeof json.uri === 'string' && Array.isArray(json.target) && 'text' in json) return 'hypothesis-annotation';
  return undefined;
}

export function hypothesisItems(json: JsonObject, shape: HypothesisShape): unknown[] {
  if (shape === 'hypothesis-export') return json.annotations as unknown[];
  if (shape === 'hypothesis-search') return json.rows as unknown[];
  return [json];
}

/** One Hypothesis annotation as a W3C annotation (terms of the W3C context). Non-objects pass through. */
export function fromHypothesis(item: unknown): unknown {
  if (!isJsonObject(item)) return item;
  const text = typeof item.text === 'string' ? item.text : '';
  const tags = Array.isArray(item.tags) ? item.tags.filter((t): t is string => typeof t === 'string') : [];
  const isReply = Array.isArray(item.references) && item.references.length > 0;
  const body = [
    ...(text.trim() === '' ? [] : [{ type: 'TextualBody', value: text, format: 'text/markdown' }]),
    ...tags.map((tag) => ({ type: 'TextualBody', purpose: 'tagging', value: tag })),
  ];
  const links = isJsonObject(item.links) ? item.links : {};
  const html = typeof links.html === 'string' ? links.html : undefined;
  return {
    id: html ?? (typeof item.id === 'string' ? `https://hypothes.is/a/${item.id}` : undefined),
    type: 'Annotation',
    motivation: isReply ? 'replying' : body.length === 0 ? 'highlighting' : 'commenting',
    ...(typeof item.created === 'string' ? { created: item.created } : {}),
    ...(typeof item.updated === 'string' ? { modified: item.updated } : {}),
    ...creator(item),
    body,
    target: Array.isArray(item.target) && item.target.length > 0 ? item.target : item.uri,
    ...(isReply ? { 'wb:inReplyTo': item.references } : {}),
  };
}

function creator(item: JsonObject): { creator?: JsonObject } {
  const user = typeof item.user === 'string' ? item.user : undefined;
  const info = isJsonObject(item.user_info) ? item.user_info : {};
  const display = typeof info.display_name === 'string' && info.display_name !== '' ? info.display_name : undefined;
  const name = display ?? user?.replace(/^acct:/, '').replace(/@.*$/, '');
  if (!user && !name) return {};
  return { creator: { ...(user ? { id: user } : {}), type: 'Person', ...(name ? { name } : {}) } };
}

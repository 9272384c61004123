// Rewrites the shorthands W3C allows (single values, bare IRIs, bodyValue) into the one shape the app stores.
// Each rewrite is either W3C-equivalent or undone by exportBody, so import → export loses nothing.

import { WorkbenchError } from '../errors.ts';

/**
 * Marks a body that had no `type` in the file: a bare IRI string (`"body": "http://…"`) or an object without
 * `type`. The stored model needs a type; exportBody removes the marker again, and writes `{ id }` alone back as
 * the bare string, which JSON-LD reads as the same node reference.
 */
export const UNTYPED_BODY = 'wb:UntypedResource';

export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `who` names the annotation in messages, e.g. `notes.json: annotation "urn:x" (2 of 3)`. */
export function normalizeAnnotation(raw: JsonObject, who: string): JsonObject {
  // The item's own @context is dropped: the collection carries the context when the file is written.
  const { '@context': _context, bodyValue, ...rest } = raw;
  const out: JsonObject = { ...rest, body: normalizeBodies(raw.body, bodyValue) };
  // JSON-LD reads a one-element type list as that type.
  if (Array.isArray(raw.type) && raw.type.length === 1) out.type = raw.type[0];
  if (bodyValue !== undefined && typeof bodyValue !== 'string') out.bodyValue = bodyValue;
  if ('target' in raw) out.target = normalizeTarget(raw.target, who);
  return out;
}

/** A string bodyValue is W3C shorthand for a TextualBody without purpose; the motivation then applies to it. */
function normalizeBodies(body: unknown, bodyValue: unknown): unknown[] {
  const list = body === undefined ? [] : Array.isArray(body) ? body : [body];
  const bodies = list.map(normalizeBody);
  if (typeof bodyValue === 'string') bodies.push({ type: 'TextualBody', value: bodyValue });
  return bodies;
}

function normalizeBody(body: unknown): unknown {
  if (typeof body === 'string') return { id: body, type: UNTYPED_BODY };
  if (!isJsonObject(body) || body.type !== undefined) return body;
  // W3C: an embedded body with a value is a TextualBody even when the type is left out.
  return { ...body, type: typeof body.value === 'string' ? 'TextualBody' : UNTYPED_BODY };
}

function normalizeTarget(target: unknown, who: string): unknown {
  if (Array.isArray(target)) return normalizeTarget(onlyTarget(target, who), who);
  if (typeof target === 'string') {
    throw invalid(`${who} targets the whole resource ${target} without a selector; the workbench anchors text spans`);
  }
  if (!isJsonObject(target) || target.selector === undefined || Array.isArray(target.selector)) return target;
  return { ...target, selector: [target.selector] };
}

function onlyTarget(targets: unknown[], who: string): unknown {
  if (targets.length === 0) throw invalid(`${who} has no target; the workbench anchors exactly one`);
  if (targets.length > 1) {
    throw invalid(`${who} has ${targets.length} targets; the workbench anchors exactly one`);
  }
  return targets[0];
}

/** The file form of a stored body: the untyped marker removed, a lone `{ id }` back to the bare IRI. */
export function exportBody(body: JsonObject): unknown {
  if (body.type !== UNTYPED_BODY) return body;
  const { type: _marker, ...rest } = body;
  const keys = Object.keys(rest);
  return keys.length === 1 && keys[0] === 'id' && typeof rest.id === 'string' ? rest.id : rest;
}

function invalid(message: string): WorkbenchError {
  return new WorkbenchError('invalid-argument', message);
}

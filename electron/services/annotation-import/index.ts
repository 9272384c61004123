// "Import annotations…" and `workbench import-annotations`: another tool's annotation file (Hypothesis's JSON-LD
// or API JSON, Recogito/Annotorious, any W3C TextQuote/TextPosition annotations) merged into one source's
// claims by annotation id. Every annotation is taken or skipped on its own, with its reason; only a file that is
// not annotations at all fails. A dry run says what would happen (and which tags are unknown) and writes nothing.

import { createHash } from 'node:crypto';
import type { ImportAnnotationsResult } from '../../../shared/api/contract.ts';
import { effectivePurpose, FIELD_PURPOSE } from '../../../shared/annotations/claim-bodies.ts';
import type { JsonObject } from '../../../shared/annotations/jsonld-normalize.ts';
import { sourceIri, type Annotation, type Body } from '../../../shared/annotations/model.ts';
import { WorkbenchError } from '../../../shared/errors.ts';
import type { Tag } from '../../../shared/workspace/model.ts';
import type { Workspace } from '../workspace/workspace.ts';
import { convertItem, documentOf } from './convert.ts';
import { fileItems } from './items.ts';
import { newTag, TagMatcher } from './tag-match.ts';

export interface ImportArgs {
  sourceId: string;
  fileName: string;
  bytes: Uint8Array;
  dryRun?: boolean;
  /** Labels of unknown tags to add to the workspace's tag set (the others stay on the claims as plain text). */
  createTags?: string[];
}

type Skipped = ImportAnnotationsResult['skipped'][number];

export async function importAnnotations(workspace: Workspace, args: ImportArgs): Promise<ImportAnnotationsResult> {
  const meta = workspace.getMeta(args.sourceId);
  const text = await workspace.readText(args.sourceId);
  const { shape, items } = await fileItems(parseJson(args.bytes, args.fileName), args.fileName);
  const ready = items.flatMap((r) => (r.ok ? [r.item] : []));
  const iri = sourceIri(meta.id);
  const document = documentOf(ready, [iri, ...(meta.url ? [meta.url] : [])]);
  const skipped: Skipped[] = [];
  const taken = new Map<string, Annotation>();
  items.forEach((result, index) => {
    const id = result.ok && typeof result.item.id === 'string' ? result.item.id : undefined;
    const converted = result.ok ? convertItem(withId(result.item), { sourceIri: iri, text, document }) : result;
    if (!converted.ok)
      return skipped.push({ index, ...(id ? { id } : {}), reason: converted.reason, detail: converted.detail });
    const { annotation } = converted;
    if (taken.has(annotation.id)) {
      return skipped.push({
        index,
        id: annotation.id,
        reason: 'duplicate-id',
        detail: 'an earlier annotation has its id',
      });
    }
    taken.set(annotation.id, annotation);
  });
  const tags = assignTags([...taken.values()], workspace.tags, args.createTags ?? []);
  const merged = merge(await workspace.readAnnotations(args.sourceId), tags.annotations);
  if (!args.dryRun) {
    if (tags.created.length > 0) {
      const created = tags.created;
      await workspace.saveTags((current) => [
        ...current,
        ...created.filter((t) => !current.some((c) => c.id === t.id)),
      ]);
    }
    // Merged again holding the file, into what is on disk then, so a save made meanwhile is not overwritten.
    if (merged.added + merged.updated > 0) {
      await workspace.updateAnnotations(args.sourceId, (current) => merge(current, tags.annotations).annotations);
    }
  }
  return {
    shape,
    ...(document ? { document } : {}),
    total: items.length,
    added: merged.added,
    updated: merged.updated,
    unchanged: merged.unchanged,
    skipped,
    unknownTags: tags.unknown,
    createdTags: tags.created,
    dryRun: args.dryRun ?? false,
  };
}

function parseJson(bytes: Uint8Array, fileName: string): unknown {
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new WorkbenchError('invalid-argument', `${fileName} is not JSON: ${(error as Error).message}`);
  }
}

/**
 * W3C ids are IRIs. Recogito writes "#<uuid>", some tools none at all: give those a stable IRI (the same file
 * imported twice merges instead of doubling its claims).
 */
function withId(item: JsonObject): JsonObject {
  const id = typeof item.id === 'string' ? item.id.trim() : '';
  if (/^[a-z][a-z0-9+.-]*:/i.test(id)) return item;
  const uuid = /^#?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i.exec(id)?.[1];
  if (uuid) return { ...item, id: `urn:uuid:${uuid.toLowerCase()}` };
  const stable = id !== '' ? encodeURIComponent(id) : createHash('sha256').update(JSON.stringify(item)).digest('hex');
  return { ...item, id: `urn:claim-workbench:import:${stable.slice(0, 200)}` };
}

/** Tag bodies named by a workspace tag's id or label get its id; unknown labels are listed, or created. */
function assignTags(annotations: Annotation[], existing: readonly Tag[], create: readonly string[]) {
  const matcher = new TagMatcher(existing);
  const created: Tag[] = [];
  const unknown = new Set<string>();
  const wanted = new Set(create.map((label) => label.trim()));
  const mapped = annotations.map((annotation) => {
    const body = annotation.body.map((b): Body => {
      if (b.type !== 'TextualBody' || effectivePurpose(b, annotation) !== FIELD_PURPOSE.tags) return b;
      const label = (b as { value: string }).value;
      let id = matcher.match(label, typeof b.id === 'string' ? b.id : undefined);
      if (id === undefined && wanted.has(label.trim())) {
        const tag = newTag(label, [...existing, ...created]);
        created.push(tag);
        matcher.add(tag);
        id = tag.id;
      }
      if (id === undefined) unknown.add(label);
      return id === undefined ? b : { ...b, value: id };
    });
    return { ...annotation, body };
  });
  return { annotations: mapped, created, unknown: [...unknown] };
}

/** By id: new ones are added, changed ones replace the stored claim unless it was modified later than the file's. */
function merge(stored: Annotation[], imported: Annotation[]) {
  const byId = new Map(stored.map((a) => [a.id, a]));
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const annotation of imported) {
    const old = byId.get(annotation.id);
    if (!old) added++;
    else if (sameJson(old, annotation) || isNewer(old, annotation)) {
      unchanged++;
      continue;
    } else updated++;
    byId.set(annotation.id, annotation);
  }
  return { annotations: [...byId.values()], added, updated, unchanged };
}

/** Equal whatever the key order (a stored annotation comes back from disk in the file's canonical order). */
function sameJson(a: unknown, b: unknown): boolean {
  const sorted = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sorted)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, sorted((v as Record<string, unknown>)[k])]),
          )
        : v;
  return JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
}

function isNewer(stored: Annotation, imported: Annotation): boolean {
  const a = Date.parse(stored.modified ?? stored.created ?? '');
  const b = Date.parse(imported.modified ?? imported.created ?? '');
  return Number.isFinite(a) && Number.isFinite(b) && a > b;
}

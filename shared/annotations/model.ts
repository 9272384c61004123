// The W3C Web Annotation Data Model as the workbench stores and exchanges it.
// Schemas are loose objects: properties we do not know are kept, so import → export is lossless.

import { z } from 'zod';

// Offsets in TextPositionSelector count UTF-16 code units of the stored (NFC, LF) source text.

/** Hypothesis keeps 32 characters of context on each side; enough to tell repeated quotes apart. */
export const QUOTE_CONTEXT_LENGTH = 32;

export const ANNOTATION_FILE_SCHEMA_VERSION = 1;

export const ANNOTATION_CONTEXT = [
  'http://www.w3.org/ns/anno.jsonld',
  {
    wb: 'urn:claim-workbench:vocab#',
    // W3C's motivation "assessing" (3.3.5) is missing from anno.jsonld (the context lists the other thirteen), so
    // JSON-LD processors would read it as a relative IRI; this gives it its oa: meaning.
    assessing: 'oa:assessing',
    schemaVersion: 'wb:schemaVersion',
    /** Read from older files; written now only for a citation "URL" that is not an absolute IRI. */
    citationUrl: 'wb:citationUrl',
    orphanedAt: { '@id': 'wb:orphanedAt', '@type': 'http://www.w3.org/2001/XMLSchema#dateTime' },
    /** On an editing body: the text it was applied to (a SpecificResource of the source as it was). */
    appliedTo: { '@id': 'wb:appliedTo', '@type': '@id' },
    /** On a re-attached claim: where it stood before it was orphaned (its old selectors). */
    reattachedFrom: { '@id': 'wb:reattachedFrom', '@type': '@id' },
    /** The source's text revision a State refers to (sources/<id>/history.json). */
    revision: { '@id': 'wb:textRevision', '@type': 'http://www.w3.org/2001/XMLSchema#nonNegativeInteger' },
  },
] as const;

const TextQuoteSelectorSchema = z.looseObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});
export type TextQuoteSelector = z.infer<typeof TextQuoteSelectorSchema>;

const TextPositionSelectorSchema = z
  .looseObject({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.end >= s.start, { message: 'TextPositionSelector end must not be before start' });
export type TextPositionSelector = z.infer<typeof TextPositionSelectorSchema>;

/** Any other selector (CSS, XPath, …) is carried along untouched but not used for anchoring. */
const OtherSelectorSchema = z.looseObject({ type: z.string() });

const SelectorSchema = z.union([TextQuoteSelectorSchema, TextPositionSelectorSchema, OtherSelectorSchema]);
export type Selector = z.infer<typeof SelectorSchema>;

const TargetSchema = z.looseObject({
  source: z.string().min(1),
  selector: z.array(SelectorSchema).min(1),
});

export type BodyPurpose = 'tagging' | 'commenting' | 'editing' | 'linking';

const TextualBodySchema = z.looseObject({
  type: z.literal('TextualBody'),
  purpose: z.string().optional(),
  value: z.string(),
  format: z.string().optional(),
  language: z.string().optional(),
  /** Older citations (and a URL that is not an absolute IRI): the URL beside the bibliographic text. */
  citationUrl: z.string().optional(),
});
export type TextualBody = z.infer<typeof TextualBodySchema>;

/** Any other body (SpecificResource, an external resource …), kept as it is. */
const OtherBodySchema = z.looseObject({ type: z.string() });
const BodySchema = z.union([TextualBodySchema, OtherBodySchema]);
export type Body = z.infer<typeof BodySchema>;

const CreatorSchema = z.looseObject({ type: z.string().optional(), name: z.string().optional() });

const isoDate = z.string().refine((s) => !Number.isNaN(Date.parse(s)), { message: 'not a date-time' });

const AnnotationShape = z.looseObject({
  '@context': z.unknown().optional(),
  id: z.string().min(1),
  /** JSON-LD allows several types; "Annotation" must be one of them (W3C 3.1). */
  type: z
    .union([z.literal('Annotation'), z.array(z.string())], { error: 'should be "Annotation"' })
    .refine((type) => type === 'Annotation' || type.includes('Annotation'), {
      message: 'is a list of types without "Annotation"',
    }),
  motivation: z.union([z.string(), z.array(z.string())]).optional(),
  created: isoDate.optional(),
  modified: isoDate.optional(),
  creator: z.union([z.string(), CreatorSchema]).optional(),
  body: z.array(BodySchema),
  target: TargetSchema,
  /**
   * Set when the source text changed and the claim's quote could not be found again: its selectors still hold
   * the old quote and position, the UI lists it apart for re-attaching; it is never moved silently.
   */
  orphanedAt: isoDate.optional(),
  /** Set when an orphan was attached again by hand: its old selectors, so its original quote stays visible. */
  reattachedFrom: z
    .looseObject({
      type: z.literal('SpecificResource'),
      source: z.string(),
      state: z.looseObject({ type: z.string(), sourceDate: z.string().optional() }).optional(),
      selector: z.array(SelectorSchema),
    })
    .optional(),
});

/** The union's "other" branches would also accept a broken known shape; hold known types to their schema. */
const KNOWN_SHAPES: Record<string, z.ZodType> = {
  TextQuoteSelector: TextQuoteSelectorSchema,
  TextPositionSelector: TextPositionSelectorSchema,
  TextualBody: TextualBodySchema,
};

export const AnnotationSchema = AnnotationShape.superRefine((annotation, ctx) => {
  const parts: [PropertyKey[], { type: string }][] = [
    ...annotation.body.map((b, i): [PropertyKey[], { type: string }] => [['body', i], b]),
    ...annotation.target.selector.map((s, i): [PropertyKey[], { type: string }] => [['target', 'selector', i], s]),
  ];
  for (const [path, part] of parts) {
    const result = KNOWN_SHAPES[part.type]?.safeParse(part);
    if (!result || result.success) continue;
    for (const issue of result.error.issues) ctx.addIssue({ ...issue, path: [...path, ...issue.path] } as never);
  }
});
export type Annotation = z.infer<typeof AnnotationSchema>;

export function quoteSelector(a: Annotation): TextQuoteSelector | undefined {
  return a.target.selector.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
}

export function positionSelector(a: Annotation): TextPositionSelector | undefined {
  return a.target.selector.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
}

/** The quote a re-attached claim had before it was orphaned, if it was. */
export function formerQuote(a: Annotation): string | undefined {
  const quote = a.reattachedFrom?.selector.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  return quote?.exact;
}

export function isOrphan(a: Annotation): boolean {
  return a.orphanedAt !== undefined;
}

export function sourceIri(sourceId: string): string {
  return `urn:claim-workbench:source:${sourceId}`;
}

// Validation of one imported annotation, including the broken known shapes model.ts's unions let slip through.
// Its "any other selector/body" branch also accepts a TextPositionSelector with end < start, a numeric value…

import type { z } from 'zod';
import {
  TextPositionSelectorSchema,
  TextQuoteSelectorSchema,
  TextualBodySchema,
  type AnnotationSchema,
  type Annotation,
} from './model.ts';
import { describeIssue } from './jsonld-issues.ts';

type Issue = z.core.$ZodIssue;
type SafeParseResult = ReturnType<(typeof AnnotationSchema)['safeParse']>;

/** Types the workbench reads; anything else with a `type` is carried along as the model allows. */
const KNOWN_SELECTORS = new Map<string, z.ZodType>([
  ['TextQuoteSelector', TextQuoteSelectorSchema],
  ['TextPositionSelector', TextPositionSelectorSchema],
]);
const KNOWN_BODIES = new Map<string, z.ZodType>([['TextualBody', TextualBodySchema]]);

/** The first problem in words (with a count of the rest), or undefined when the annotation is sound. */
export function findAnnotationIssue(result: SafeParseResult, input: unknown): string | undefined {
  if (!result.success) return summarize(result.error.issues, input);
  const issues = knownShapeIssues(result.data);
  return issues.length === 0 ? undefined : summarize(issues, result.data);
}

function summarize(issues: readonly Issue[], input: unknown): string {
  const [first] = issues;
  if (first === undefined) return 'the annotation is not valid';
  const more = issues.length - 1;
  const tail = more === 0 ? '' : ` (and ${more} more problem${more === 1 ? '' : 's'})`;
  return `${describeIssue(first, input)}${tail}`;
}

function knownShapeIssues(annotation: Annotation): Issue[] {
  return [
    ...annotation.body.flatMap((body, i) => shapeIssues(KNOWN_BODIES, body, ['body', i])),
    ...annotation.target.selector.flatMap((s, i) => shapeIssues(KNOWN_SELECTORS, s, ['target', 'selector', i])),
  ];
}

function shapeIssues(schemas: Map<string, z.ZodType>, value: { type: string }, path: PropertyKey[]): Issue[] {
  const result = schemas.get(value.type)?.safeParse(value);
  if (result === undefined || result.success) return [];
  return result.error.issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] }) as Issue);
}

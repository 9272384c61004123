// Validation of one imported annotation, in words: the first problem (the model's schema also holds
// known selector and body types to their own schemas) and a count of the rest.

import type { z } from 'zod';
import type { AnnotationSchema } from './model.ts';
import { describeIssue } from './jsonld-issues.ts';

type Issue = z.core.$ZodIssue;
type SafeParseResult = ReturnType<(typeof AnnotationSchema)['safeParse']>;

/** The first problem in words (with a count of the rest), or undefined when the annotation is sound. */
export function findAnnotationIssue(result: SafeParseResult, input: unknown): string | undefined {
  return result.success ? undefined : summarize(result.error.issues, input);
}

function summarize(issues: readonly Issue[], input: unknown): string {
  const [first] = issues;
  if (first === undefined) return 'the annotation is not valid';
  const more = issues.length - 1;
  const tail = more === 0 ? '' : ` (and ${more} more problem${more === 1 ? '' : 's'})`;
  return `${describeIssue(first, input)}${tail}`;
}

// Says what is wrong with an imported annotation in words a researcher can act on, not zod's jargon.
// "target → selector #1 → end is missing" beats "Invalid input: expected number, received undefined".

import type { z } from 'zod';

type Issue = z.core.$ZodIssue;
type PathSegment = PropertyKey;

/** Zod's type names, said the way the annotation file's reader would say them. */
const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

/** "target → selector #1 → end": positions count from 1, as a reader counts, and stay with their list's name. */
function pathInWords(path: readonly PathSegment[]): string {
  const parts: string[] = [];
  for (const segment of path) {
    const last = parts.length - 1;
    if (typeof segment === 'number' && last >= 0) parts[last] += ` #${segment + 1}`;
    else parts.push(typeof segment === 'number' ? `#${segment + 1}` : String(segment));
  }
  return parts.join(' → ');
}

/** One issue as "<where> <what is wrong>", reading the offending value from `input` to tell missing from wrong. */
export function describeIssue(issue: Issue, input: unknown): string {
  const where = pathInWords(issue.path) || 'the annotation';
  if (valueAt(input, issue.path) === undefined && issue.code === 'invalid_type') return `${where} is missing`;
  const words = problemWords(issue);
  return words === undefined ? `${where}: ${issue.message}` : `${where} ${words}`;
}

/** Plain words for the issues zod words technically; undefined keeps a message the model itself wrote. */
function problemWords(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return `should be ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `should be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'too_small':
      return tooSmallWords(issue);
    case 'invalid_union':
      // A union the model words itself ("should be …") says so; zod's own message says nothing useful.
      return issue.message.startsWith('should ') ? issue.message : 'has a form the workbench does not recognise';
    default:
      return undefined;
  }
}

function tooSmallWords(issue: Extract<Issue, { code: 'too_small' }>): string {
  if (issue.origin === 'string' && Number(issue.minimum) === 1) return 'must not be empty';
  if (issue.origin === 'array' && Number(issue.minimum) === 1) return 'must have at least one entry';
  return `must be at least ${String(issue.minimum)}`;
}

function valueAt(input: unknown, path: readonly PathSegment[]): unknown {
  let value = input;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

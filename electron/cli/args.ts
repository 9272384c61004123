// Command-line parsing for `workbench <command>`: one place that knows every command's options,
// so usage errors are uniform and name the wrong option.

import { parseArgs } from 'node:util';
import { WorkbenchError } from '../../shared/errors.ts';

export const USAGE = `Usage:
  workbench import FILE... --workspace DIR [--create] [--encoding LABEL] [--json]
      FILE: .txt .html .md .pdf .docx .odt .mhtml, a saved "Web page, complete" folder, or - (stdin)
  workbench import - --workspace DIR [--create] [--title TITLE] [--json]   (piped text or HTML, as a paste)
      --create: make DIR a new workspace if it is not one yet (without it, a DIR that is not a workspace
                is an error for every command, so a mistyped path never becomes an empty workspace)
  workbench list --workspace DIR [--json]
  workbench text --workspace DIR --source ID
  workbench export --workspace DIR --source ID --format jsonld|csv|pdf|original --out FILE [--json]
    original: the source's own PDF with the claims as highlight annotations (PDF sources)
  workbench export --workspace DIR [--sources ID,ID] --format pdf|csv|jsonld --out FILE [--json]
    without --source: one report, table or collection of every source, or of the --sources given
    FILE may not be inside the workspace DIR, except in its exports/ folder
  workbench export --source FILE --annotations FILE --format jsonld|csv|pdf --out FILE [--json]
    PDF options: [--font vazirmatn|amiri] [--paper A4|Letter] [--digits western|arabic]
                 [--no-orphans] [--skip-passages] [--lang ar|en]
  workbench import-annotations FILE --workspace DIR --source ID [--create-tags] [--dry-run] [--json]
                 other tools' annotations (W3C JSON-LD, Hypothesis), merged by annotation id
  workbench web [--workspace DIR [--create]] [--port N] [--lang ar|en]
  workbench suspects FILE [--encoding LABEL] [--json]
  workbench search --workspace DIR QUERY... [--variants] [--skip-passages] [--json]
  workbench claims --workspace DIR [--tag T] [--json]
      every claim of every source; T: a tag's id or its label in either language
  workbench delete --workspace DIR --source ID [--json]
      moves the source (text, original, claims, review decisions) into DIR/trash/, restorable
  workbench trash --workspace DIR [--json]      the deleted sources, the latest first
  workbench restore --workspace DIR --source ID [--json]   puts a deleted source back as it was`;

const OPTIONS = {
  workspace: { type: 'string' },
  create: { type: 'boolean' },
  source: { type: 'string' },
  sources: { type: 'string' },
  annotations: { type: 'string' },
  format: { type: 'string' },
  tag: { type: 'string' },
  out: { type: 'string' },
  encoding: { type: 'string' },
  title: { type: 'string' },
  port: { type: 'string' },
  lang: { type: 'string' },
  font: { type: 'string' },
  paper: { type: 'string' },
  digits: { type: 'string' },
  orphans: { type: 'boolean' },
  variants: { type: 'boolean' },
  'skip-passages': { type: 'boolean' },
  'create-tags': { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface ParsedArgs {
  command: string;
  files: string[];
  options: {
    workspace?: string;
    /** Make --workspace a new workspace if it is not one yet. */
    create?: boolean;
    source?: string;
    /** export: the workspace's sources to export, ID,ID (default: every source). */
    sources?: string;
    annotations?: string;
    format?: string;
    /** claims: only claims with this tag (its id or a label). */
    tag?: string;
    out?: string;
    encoding?: string;
    /** Title of a source imported from stdin. */
    title?: string;
    port?: string;
    lang?: string;
    font?: string;
    paper?: string;
    digits?: string;
    orphans?: boolean;
    variants?: boolean;
    /** Leave repeated passages and boilerplate (not kept in the app) out of search or the PDF. */
    'skip-passages'?: boolean;
    /** import-annotations: add the file's unknown tags to the workspace's tag set. */
    'create-tags'?: boolean;
    /** import-annotations: report what would happen, write nothing. */
    'dry-run'?: boolean;
    json?: boolean;
    help?: boolean;
  };
}

export class UsageError extends WorkbenchError {
  constructor(message: string) {
    super('invalid-argument', message);
  }
}

export function parseCommandLine(argv: string[]): ParsedArgs {
  let parsed;
  try {
    // allowNegative: `--no-orphans` turns the PDF's orphan appendix off.
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true, allowNegative: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const [command = 'help', ...files] = parsed.positionals;
  return { command, files, options: parsed.values };
}

export function requireOption(args: ParsedArgs, name: keyof ParsedArgs['options']): string {
  const value = args.options[name];
  if (typeof value !== 'string' || value === '') {
    throw new UsageError(`"${args.command}" needs --${name}.`);
  }
  return value;
}

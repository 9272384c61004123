// The CLI's dispatcher: runs one command and turns any failure into one clear line and an exit code
// (1 for a failed operation, 2 for a usage error).

import { toWorkbenchError } from '../../shared/errors.ts';
import { parseCommandLine, USAGE, UsageError } from './args.ts';
import type { Output } from './command-inputs.ts';
import { exportCommand, importCommand, listCommand, textCommand } from './commands.ts';
import { searchCommand, suspectsCommand } from './search-commands.ts';
import { importAnnotationsCommand } from './annotation-commands.ts';
import { claimsCommand } from './claims-command.ts';
import { deleteCommand, restoreCommand, trashCommand } from './trash-commands.ts';
import { webCommand } from './web-command.ts';

const COMMANDS: Record<string, (args: ReturnType<typeof parseCommandLine>, io: Output) => Promise<number>> = {
  import: importCommand,
  list: listCommand,
  text: textCommand,
  export: exportCommand,
  web: webCommand,
  suspects: suspectsCommand,
  search: searchCommand,
  'import-annotations': importAnnotationsCommand,
  claims: claimsCommand,
  delete: deleteCommand,
  trash: trashCommand,
  restore: restoreCommand,
};

const consoleOutput: Output = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

export async function runCli(argv: string[], io: Output = consoleOutput): Promise<number> {
  try {
    const args = parseCommandLine(argv);
    if (args.command === 'help' || args.options.help) {
      io.out(USAGE);
      return 0;
    }
    const command = COMMANDS[args.command];
    if (!command) throw new UsageError(`unknown command "${args.command}".`);
    return await command(args, io);
  } catch (error) {
    const e = toWorkbenchError(error);
    io.err(`workbench: ${e.message}`);
    if (error instanceof UsageError) {
      io.err(USAGE);
      return 2;
    }
    return 1;
  }
}

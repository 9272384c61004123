// Entry of the CLI bundle (.vite/node/cli.js), started by electron/cli/workbench.mjs.
import { runCli } from './main.ts';

process.exitCode = await runCli(process.argv.slice(2));

import { main } from './main.js';
import { commands } from './commands.js';

// Setting exitCode (not calling process.exit) lets pending output flush and handles close.
process.exitCode = await main(process.argv.slice(2), commands, {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});

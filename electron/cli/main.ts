// Entry point of `npm run cli -- …`.
import { processIo } from './io';
import { runCli } from './run-cli';

process.exitCode = await runCli(process.argv.slice(2), processIo);

/** Runs the CLI from sources in a child process (the server tests spawn `serve` with it, then kill it). */
import { main } from '../src/cli/main.js';

process.exitCode = await main(process.argv);

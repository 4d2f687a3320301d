// Development entry: `npx tsx src/cli/run.ts parse samples/haidong-rsj-2024.txt`.
import { main } from './main.js';

process.exitCode = await main(process.argv);

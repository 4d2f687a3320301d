// Only when running from sources (vitest, tsx): `--import tsx` does not reach the dynamic imports of a worker
// thread, so the worker registers tsx itself, then loads the TypeScript worker. Compiled code uses worker.js.
import { register } from 'tsx/esm/api';

register();
const worker = await import('./worker.ts');
export default worker.default;

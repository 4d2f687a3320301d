// The worker pool's thread (src/jobs/worker.ts, bundled as dist/jobs/worker.cjs) through V8's code cache, as the
// CLI is (see load-bundle.js): every thread of every batch or server start compiled the same code again. The cache
// is written once the thread has finished its first task, so that it holds what a task compiles.
'use strict';
const { loadBundle } = require('./load-bundle.js');

const worker = loadBundle('../dist/jobs/worker.cjs', 'worker');
const run = worker.exports.default;
let saved = false;

module.exports = async function cachedRun(task) {
  const result = await run(task);
  if (!saved) {
    saved = true;
    worker.saveCache();
  }
  return result;
};

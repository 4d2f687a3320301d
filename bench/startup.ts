// Start-up and short commands as whole processes, against `node -e 0`, measured paired in one run (needs `npm run
// build`). Ratios of each command's middle-half mean over the runs, wall clock and CPU time (on a shared machine the
// CPU ratio is the steadier one).
// Run: npx tsx bench/startup.ts [runs]
import { freshPageMicros, load, paired } from './process-time.js';

const runs = Number(process.argv[2] ?? 7);
const cli = ['node', 'bin/juesuan.js'];
const r = paired(
  {
    'node -e 0': ['node', '-e', '0'],
    'juesuan --version': [...cli, '--version'],
    'juesuan --help': [...cli, '--help'],
    'juesuan check seed text': [...cli, 'check', 'samples/haidong-rsj-2024.txt', '--fail-on', 'never'],
  },
  runs,
);
const base = r['node -e 0'];
console.log(`start-up vs node -e 0, middle-half means of ${runs} paired runs; load average ${load()}`);
console.log(['command'.padEnd(26), 'wall s', 'cpu s', 'wall×', 'cpu×', 'peak MiB', 'faults'].join('  '));
for (const [name, m] of Object.entries(r)) {
  console.log(
    [
      name.padEnd(26),
      m.wall.toFixed(3).padStart(6),
      m.cpu.toFixed(3).padStart(5),
      (m.wall / (base?.wall ?? NaN)).toFixed(2).padStart(5),
      (m.cpu / (base?.cpu ?? NaN)).toFixed(2).padStart(4),
      m.rssMiB.toFixed(0).padStart(8),
      String(m.faults).padStart(6),
    ].join('  '),
  );
}
console.log('targets: --version ≤ 1.5×, check of the seed text ≤ 2.5×');

// Each page of memory a process touches first costs it a page fault; what one costs depends on the machine.
const perPage = freshPageMicros();
const seed = r['juesuan check seed text'];
if (base && seed) {
  const extra = seed.faults - base.faults;
  console.log(
    `fresh memory here: ${perPage.toFixed(1)} µs per 4 KiB page touched; the seed check touches ${extra} pages more than node -e 0, about ${((extra * perPage) / 1000).toFixed(0)} ms of its ${((seed.wall - base.wall) * 1000).toFixed(0)} ms more`,
  );
}

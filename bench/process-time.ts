import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';

/** Wall seconds, CPU seconds (user + system) and peak RSS of one child process, through GNU time. */
export function measure(cmd: string, args: readonly string[]): { wall: number; cpu: number; rssMiB: number } {
  const r = spawnSync('/usr/bin/time', ['-f', '@@ %e %U %S %M', cmd, ...args], { encoding: 'utf8' });
  const m = /@@ ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr ?? '');
  if (!m) throw new Error(`no timing for ${cmd} ${args.join(' ')}: ${r.stderr}`);
  return { wall: Number(m[1]), cpu: Number(m[2]) + Number(m[3]), rssMiB: Number(m[4]) / 1024 };
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

export const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');

/** Runs each command `runs` times, interleaved (a shared machine's load hits all alike); medians per command. */
export function paired(
  commands: Record<string, readonly string[]>,
  runs: number,
): Record<string, { wall: number; cpu: number; rssMiB: number }> {
  const got: Record<string, { wall: number[]; cpu: number[]; rss: number[] }> = {};
  for (let i = 0; i < runs; i++) {
    for (const [name, [cmd, ...args]] of Object.entries(commands)) {
      const r = measure(cmd ?? 'node', args);
      const g = (got[name] ??= { wall: [], cpu: [], rss: [] });
      g.wall.push(r.wall);
      g.cpu.push(r.cpu);
      g.rss.push(r.rssMiB);
    }
  }
  return Object.fromEntries(
    Object.entries(got).map(([k, g]) => [k, { wall: median(g.wall), cpu: median(g.cpu), rssMiB: Math.max(...g.rss) }]),
  );
}

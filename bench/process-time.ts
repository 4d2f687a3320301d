import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';

export interface ProcessTime {
  readonly wall: number;
  readonly cpu: number;
  readonly rssMiB: number;
  /** Minor page faults: pages of memory the process touched for the first time (see freshPageMicros). */
  readonly faults: number;
}

/** Wall seconds, CPU seconds (user + system), peak RSS and page faults of one child process, through GNU time. */
export function measure(cmd: string, args: readonly string[]): ProcessTime {
  // GNU time's own wall clock (hundredths), not a timer around spawnSync, which adds its ~30 ms to every command
  // alike and so flatters every ratio.
  const r = spawnSync('/usr/bin/time', ['-f', '@@ %e %U %S %M %R', cmd, ...args], { encoding: 'utf8' });
  const m = /@@ ([\d.]+) ([\d.]+) ([\d.]+) (\d+) (\d+)/.exec(r.stderr ?? '');
  if (!m) throw new Error(`no timing for ${cmd} ${args.join(' ')}: ${r.stderr}`);
  return {
    wall: Number(m[1]),
    cpu: Number(m[2]) + Number(m[3]),
    rssMiB: Number(m[4]) / 1024,
    faults: Number(m[5]),
  };
}

/**
 * What it costs here to touch a page of fresh memory (4 KiB, first write to an allocation), in microseconds. On
 * bare metal it is a fraction of a microsecond; in a virtual machine whose host backs guest memory lazily (or takes
 * freed pages back) it can be tens of times more, and then every page a fresh process touches — its heap, its code,
 * the files it reads — counts: faults × this is a floor under a fresh process's time that no code change in it
 * removes, only touching less memory does.
 */
export function freshPageMicros(): number {
  const page = 4096;
  const bytes = 64 * 1024 * 1024;
  const tries: number[] = [];
  for (let i = 0; i < 3; i++) {
    const b = Buffer.allocUnsafeSlow(bytes);
    const t0 = process.hrtime.bigint();
    for (let at = 0; at < bytes; at += page) b[at] = 1;
    tries.push(Number(process.hrtime.bigint() - t0) / 1000 / (bytes / page));
  }
  return median(tries);
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

/**
 * The mean of the middle half (interquartile mean): as robust to a stray slow run as the median, but finer than
 * the 10 ms GNU time reports in, since the runs' own jitter spreads the rounding (11 runs of a 0.244 s command read
 * 0.24 or 0.25 each; their median says one or the other, their middle half's mean ~0.244).
 */
export function middleMean(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const cut = Math.floor(s.length / 4);
  const mid = s.length > 2 ? s.slice(cut, s.length - cut) : s;
  return mid.reduce((a, b) => a + b, 0) / mid.length;
}

export const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');

/** Runs each command `runs` times, interleaved (a shared machine's load hits all alike); per command, the middle
 * half's mean of the times, the median of the faults and the highest peak RSS. */
export function paired(commands: Record<string, readonly string[]>, runs: number): Record<string, ProcessTime> {
  const got: Record<string, { wall: number[]; cpu: number[]; rss: number[]; faults: number[] }> = {};
  for (let i = 0; i < runs; i++) {
    for (const [name, [cmd, ...args]] of Object.entries(commands)) {
      const r = measure(cmd ?? 'node', args);
      const g = (got[name] ??= { wall: [], cpu: [], rss: [], faults: [] });
      g.wall.push(r.wall);
      g.cpu.push(r.cpu);
      g.rss.push(r.rssMiB);
      g.faults.push(r.faults);
    }
  }
  return Object.fromEntries(
    Object.entries(got).map(([k, g]) => [
      k,
      { wall: middleMean(g.wall), cpu: middleMean(g.cpu), rssMiB: Math.max(...g.rss), faults: median(g.faults) },
    ]),
  );
}

/**
 * CPU seconds of a child process per thread, read from /proc while it runs (Linux): the main thread, the `workers`
 * busiest other threads (a pool's workers, which do the work) and all the rest together (V8's platform threads —
 * concurrent GC and JIT compilation — and libuv's). Undefined where there is no /proc.
 */
export async function threadCpu(
  cmd: string,
  args: readonly string[],
  workers: number,
): Promise<{ main: number; workers: number[]; rest: number } | undefined> {
  const { spawn } = await import('node:child_process');
  const { readdirSync, readFileSync } = await import('node:fs');
  const tick = 100; // USER_HZ on Linux
  const child = spawn(cmd, args, { stdio: 'ignore' });
  const pid = child.pid;
  if (pid === undefined) return undefined;
  const last = new Map<number, number>();
  const sample = () => {
    try {
      for (const tid of readdirSync(`/proc/${pid}/task`)) {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        last.set(Number(tid), (Number(f[11]) + Number(f[12])) / tick);
      }
    } catch {
      // the process (or a thread) ended between the listing and the read
    }
  };
  const timer = setInterval(sample, 20);
  await new Promise((resolve) => child.once('exit', resolve));
  clearInterval(timer);
  if (last.size === 0) return undefined;
  const main = last.get(pid) ?? 0;
  const others = [...last]
    .filter(([tid]) => tid !== pid)
    .map(([, s]) => s)
    .sort((a, b) => b - a);
  return { main, workers: others.slice(0, workers), rest: others.slice(workers).reduce((a, b) => a + b, 0) };
}

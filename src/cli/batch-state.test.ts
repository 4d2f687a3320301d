import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BatchState, type BatchEntry } from './batch-state.js';

const entry = (hash: string, status: BatchEntry['status'], errors = 0): BatchEntry => ({
  file: `${hash}.pdf`,
  hash,
  status,
  seconds: 0.5,
  ...(status === 'ok' ? { summary: { error: errors, warning: 0, info: 1 } } : { reason: '无法读取文件' }),
});

describe('BatchState (the journal a batch resumes from)', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'juesuan-state-'));

  it('appends one line per file and reads them back; a later line for the same content wins', async () => {
    const path = join(dir(), 'r.json.state.json');
    const state = await BatchState.open(path);
    await state.record(entry('a', 'failed'));
    await Promise.all([state.record(entry('b', 'ok', 2)), state.record(entry('a', 'ok', 1))]);
    expect(readFileSync(path, 'utf8').trimEnd().split('\n')).toHaveLength(3);
    const again = await BatchState.open(path);
    expect(again.done('a')?.summary?.error).toBe(1);
    expect(again.done('b')?.summary?.error).toBe(2);
    expect(again.done('c')).toBeUndefined();
  });

  it('ignores a line cut short by an interruption, and failures are tried again', async () => {
    const path = join(dir(), 'state.json');
    const state = await BatchState.open(path);
    await state.record(entry('a', 'ok'));
    await state.record(entry('f', 'failed'));
    appendFileSync(path, JSON.stringify(entry('b', 'ok')).slice(0, 40));
    const again = await BatchState.open(path);
    expect(again.done('a')).toBeDefined();
    expect(again.done('b')).toBeUndefined();
    expect(again.done('f')).toBeUndefined();
  });

  it('compacts lines for content checked again, and a line cut short no longer swallows the next one', async () => {
    const path = join(dir(), 'again.state.json');
    const state = await BatchState.open(path);
    for (const errors of [1, 2, 3]) await state.record(entry('a', 'ok', errors));
    await state.record(entry('b', 'ok'));
    appendFileSync(path, JSON.stringify(entry('c', 'ok')).slice(0, 30));
    const again = await BatchState.open(path);
    expect(readFileSync(path, 'utf8').trimEnd().split('\n')).toHaveLength(2);
    expect(again.done('a')?.summary?.error).toBe(3);
    await again.record(entry('c', 'ok', 4));
    expect((await BatchState.open(path)).done('c')?.summary?.error).toBe(4);
  });

  it('reads the whole-file state of earlier versions and rewrites it as a journal', async () => {
    const path = join(dir(), 'old.state.json');
    writeFileSync(path, JSON.stringify({ version: 1, entries: { a: entry('a', 'ok', 3), f: entry('f', 'failed') } }));
    const state = await BatchState.open(path);
    expect(state.done('a')?.summary?.error).toBe(3);
    expect(readFileSync(path, 'utf8').trimEnd().split('\n')).toHaveLength(2);
    await state.record(entry('b', 'ok'));
    const again = await BatchState.open(path);
    expect([again.done('a'), again.done('b')].every(Boolean)).toBe(true);
  });

  it('starts afresh without a state file or from one that is not a state', async () => {
    const d = dir();
    expect((await BatchState.open(join(d, 'none.json'))).done('a')).toBeUndefined();
    writeFileSync(join(d, 'junk.json'), 'not json\n{"hash":""}\n');
    expect((await BatchState.open(join(d, 'junk.json'))).done('')).toBeUndefined();
    expect(readFileSync(join(d, 'junk.json'), 'utf8')).toBe('not json\n{"hash":""}\n');
  });
});

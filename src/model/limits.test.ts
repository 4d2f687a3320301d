import { describe, expect, it } from 'vitest';
import { formatBytes, sizeOverLimit } from './limits.js';

describe('formatBytes', () => {
  it('writes bytes below a kilobyte, kilobytes below a megabyte, megabytes above', () => {
    expect(formatBytes(0)).toBe('0 字节');
    expect(formatBytes(500)).toBe('500 字节');
    expect(formatBytes(4096)).toBe('4 KB');
    expect(formatBytes(50 * 1024 * 1024)).toBe('50.0 MB');
    expect(formatBytes(200 * 1024 * 1024)).toBe('200 MB');
  });
});

describe('sizeOverLimit', () => {
  it('writes a size and its limit as formatBytes does when they read differently', () => {
    expect(sizeOverLimit(4096, 2048)).toEqual({ size: '4 KB', limit: '2 KB' });
  });

  it('writes both in bytes when rounding would make them read alike', () => {
    expect(sizeOverLimit(1100, 1024)).toEqual({ size: '1,100 字节', limit: '1,024 字节' });
    expect(sizeOverLimit(50 * 1024 * 1024 + 1, 50 * 1024 * 1024)).toEqual({
      size: '52,428,801 字节',
      limit: '52,428,800 字节',
    });
  });
});

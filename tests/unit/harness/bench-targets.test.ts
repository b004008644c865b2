import { describe, expect, it } from 'vitest';
import { atLeast, atMost, checkTargets, describeTarget } from '../../bench/types';

const result = (mbps?: number) => ({
  ratio: 2.5,
  subject: { name: 'recognize', median: 80, p95: 95, ...(mbps != null ? { mbps } : {}) },
});

describe('bench targets', () => {
  it('checks a throughput floor (MB/s) as well as ceilings', () => {
    const targets = [atMost('ratio', 3), atLeast('mbps', 5)];
    expect(checkTargets({ ...result(6.2), targets }).map((c) => c.met)).toEqual([true, true]);
    const slow = checkTargets({ ...result(4.03), targets });
    expect(slow.map((c) => [c.value, c.met])).toEqual([
      [2.5, true],
      [4.03, false],
    ]);
  });

  it('never meets a throughput target without a byte count', () => {
    expect(checkTargets({ ...result(), targets: [atLeast('mbps', 5)] })[0].met).toBe(false);
  });

  it('describes targets with their unit', () => {
    expect(describeTarget(atLeast('mbps', 5))).toBe('mbps ≥ 5 MB/s');
    expect(describeTarget(atMost('ratio', 3))).toBe('ratio ≤ 3×');
    expect(describeTarget(atMost('p95', 20))).toBe('p95 ≤ 20 ms');
  });
});

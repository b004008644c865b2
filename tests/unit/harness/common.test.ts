// @vitest-environment node
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { callSource, pollUntil, splitChord, withTimeout } from '../../e2e/common';

describe('splitChord', () => {
  it.each([
    ['Escape', ['Escape']],
    ['Alt+Shift+R', ['Alt', 'Shift', 'R']],
    ['Control+a', ['Control', 'a']],
    ['+', ['+']],
  ])('%s', (key, parts) => {
    expect(splitChord(key)).toEqual(parts);
  });
});

describe('callSource', () => {
  const cases: { name: string; fn: (...a: never[]) => unknown; args: unknown[]; result: unknown }[] = [
    { name: 'no arguments', fn: () => 42, args: [], result: 42 },
    {
      name: 'JSON arguments',
      fn: ((a: number, b: { s: string }) => `${a}:${b.s}`) as never,
      args: [1, { s: 'ố' }],
      result: '1:ố',
    },
    {
      name: 'named inner functions (transpiler __name helper)',
      fn: () => {
        function inner() {
          return 'ok';
        }
        return inner();
      },
      args: [],
      result: 'ok',
    },
  ];
  it.each(cases)('$name', ({ fn, args, result }) => {
    // the source is what a driver sends to the page; evaluate it here the same way
    expect(runInNewContext(callSource(fn, args))).toEqual(result);
  });
});

describe('withTimeout / pollUntil', () => {
  it('passes a value through', async () => {
    await expect(withTimeout(Promise.resolve('v'), 1000, 'x')).resolves.toBe('v');
  });
  it('rejects with the label after the delay', async () => {
    await expect(withTimeout(new Promise(() => {}), 10, 'slow thing')).rejects.toThrow(/slow thing/);
  });
  it('polls until a truthy value', async () => {
    let n = 0;
    await expect(pollUntil(async () => (++n >= 3 ? n : 0), 1000, 'count', 1)).resolves.toBe(3);
  });
  it('reports the last error when it gives up', async () => {
    await expect(
      pollUntil(
        async () => {
          throw new Error('boom');
        },
        20,
        'never',
        5,
      ),
    ).rejects.toThrow(/never.*boom/);
  });
});

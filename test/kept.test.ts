import { describe, expect, it } from 'vitest';
import { kept } from '../src/util/kept';

describe('kept: a cache of the last few', () => {
  it('makes a value once and gives the kept one after', () => {
    const cache = new Map<string, number[]>();
    let made = 0;
    const make = () => [++made];
    const first = kept(cache, 'a', 3, make);
    expect(kept(cache, 'a', 3, make)).toBe(first);
    expect(made).toBe(1);
  });

  it('never holds more than its bound, dropping the oldest first', () => {
    const cache = new Map<number, number>();
    for (let i = 0; i < 10; i++) kept(cache, i, 3, () => i * i);
    expect([...cache.keys()]).toEqual([7, 8, 9]);
    let remade = false;
    expect(
      kept(cache, 0, 3, () => {
        remade = true;
        return 0;
      }),
    ).toBe(0);
    expect(remade).toBe(true);
  });
});

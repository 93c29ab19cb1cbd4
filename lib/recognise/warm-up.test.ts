import { describe, expect, it } from 'vitest';
import { warmUp } from './warm-up';

describe('warming the engine up', () => {
  // Its sentences must take the paths a figure takes (numbers, qualifiers, periods, a change,
  // a forecast, a stock, a place), or the warm-up compiles too little to spare the first page.
  it('reads the figures in its own sentences', () => {
    expect(warmUp()).toBeGreaterThanOrEqual(6);
  });
});

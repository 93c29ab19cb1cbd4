import { afterEach, describe, expect, it, vi } from 'vitest';
import { timeSlice } from './time-slices';

describe('time slices', () => {
  afterEach(() => vi.useRealTimers());

  it('is spent only once its time is used up, and a pause starts a new slice', async () => {
    vi.useFakeTimers({ toFake: ['performance', 'setTimeout'] });
    const slice = timeSlice(8);
    expect(slice.spent()).toBe(false);
    vi.advanceTimersByTime(5);
    expect(slice.spent()).toBe(false);
    vi.advanceTimersByTime(4);
    expect(slice.spent()).toBe(true);
    const paused = slice.pause();
    await vi.advanceTimersByTimeAsync(1);
    await paused;
    expect(slice.spent()).toBe(false);
  });

  it('hands the thread back on a pause: a task queued before it runs first', async () => {
    const order: string[] = [];
    setTimeout(() => order.push('page task'), 0);
    await timeSlice(0).pause();
    order.push('next slice');
    expect(order).toEqual(['page task', 'next slice']);
  });
});

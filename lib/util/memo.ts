/**
 * A function remembered by its string argument, in a cache that stops growing at `limit`
 * entries (a page can name unboundedly many different keys; the common ones come first).
 */
export function boundedMemo<T>(compute: (key: string) => T, limit = 4096): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (cache.has(key)) return cache.get(key) as T;
    const value = compute(key);
    if (cache.size < limit) cache.set(key, value);
    return value;
  };
}

/**
 * A promise made once, when first asked for, and shared by every caller after; a rejected one
 * is not kept (the next call tries again).
 */
export function lazyPromise<T>(make: () => Promise<T>): () => Promise<T> {
  let kept: Promise<T> | null = null;
  return () => {
    if (!kept) {
      const made = make();
      made.catch(() => {
        if (kept === made) kept = null;
      });
      kept = made;
    }
    return kept;
  };
}

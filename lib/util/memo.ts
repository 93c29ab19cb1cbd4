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

/**
 * One copy of each repeated short string in a message's data.
 *
 * A runtime message arrives deserialised with a fresh string for every occurrence: the fact
 * base a page receives says "count", "NL", "exact", "high", "official-statistics" and the
 * years hundreds of times each, every one a separate string in the page's heap. Walking the
 * reply once and pointing equal short strings at one instance keeps what each annotated page
 * holds smaller. Long strings (quotes, definitions) occur once and are left as they are.
 */
const MAX_SHARED_LENGTH = 48;

export function shareStrings<T>(value: T): T {
  const seen = new Map<string, string>();
  const share = (s: string): string => {
    if (s.length > MAX_SHARED_LENGTH) return s;
    const known = seen.get(s);
    if (known !== undefined) return known;
    seen.set(s, s);
    return s;
  };
  const visit = (v: unknown): unknown => {
    if (typeof v === 'string') return share(v);
    if (Array.isArray(v)) {
      // The lexicon's trie is tens of thousands of numbers in a few arrays; visiting each one
      // was most of this walk (~25 ms on a freshly loaded page). The reply's arrays hold one
      // kind of value, so an array that starts with a number is passed over whole.
      if (typeof v[0] === 'number') return v;
      for (let i = 0; i < v.length; i++) v[i] = visit(v[i]);
      return v;
    }
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      for (const k of Object.keys(o)) o[k] = visit(o[k]);
      return o;
    }
    return v;
  };
  return visit(value) as T;
}

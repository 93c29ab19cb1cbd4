/**
 * Where a regex can match, from the first three characters there: the engine finds those
 * positions with one native scan, then tries a long sticky alternation only there.
 *
 * Why: V8 runs an alternation by trying its branches one after another. The cue table as one
 * sticky regex cost about 2 µs at each word start where it was tried — some 10 ms per 64 KB
 * of page text, the largest single cost of recognition — while almost no word starts with the
 * first three letters of a cue ("een", "het", "van" never do). `beginnings()` reads them from
 * a regex source; the engine keeps its tables' beginnings written out (reading ~3 KB of source
 * costs a fresh page several milliseconds) and a test checks they are current.
 * `beginningsAlternation()` turns them into a regex: on a freshly loaded page the engine's
 * script runs cold (V8's interpreter), so a script loop testing every position cost more than
 * the native scan that now finds them.
 *
 * Splitting the table into several regexes by first letter was tried instead: faster once
 * warm, but each small regex is compiled on its own, which made a fresh page's first pass
 * slower and kept 0.6 MB more compiled code.
 *
 * `beginnings()` is conservative: where they cannot be told (a class such as `\p{L}` or `.`
 * early in a pattern, a pattern that can match the empty string) it returns null, and the
 * table must be tried at every position; otherwise a gated scan finds exactly what the
 * ungated one finds.
 */

const K = 3;

/** Beginnings under construction: the text so far and whether it can still grow. */
type Prefixes = Map<string, boolean>;

interface Parsed {
  /** Possible beginnings (strings of up to K characters), null: cannot be told. */
  set: Prefixes | null;
  end: number;
}

const CONTROL: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', 0: '\0' };

/**
 * One character (or escape) at j: the character it stands for, or null when it stands for
 * more than one (`\s`, `\p{L}`, a backreference, `\u{…}`).
 */
function classChar(src: string, j: number): { ch: string | null; end: number } {
  if (src[j] !== '\\') return { ch: src[j], end: j + 1 };
  const e = src[j + 1];
  if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(src.slice(j + 2, j + 6))) return { ch: String.fromCharCode(parseInt(src.slice(j + 2, j + 6), 16)), end: j + 6 };
  if (e === 'x' && /^[0-9a-fA-F]{2}$/.test(src.slice(j + 2, j + 4))) return { ch: String.fromCharCode(parseInt(src.slice(j + 2, j + 4), 16)), end: j + 4 };
  if (e === 'p' || e === 'P' || (e === 'u' && src[j + 2] === '{')) return { ch: null, end: src.indexOf('}', j) + 1 };
  if (e === 'k') return { ch: null, end: src.indexOf('>', j) + 1 };
  if (/[1-9]/.test(e)) return { ch: null, end: j + 2 };
  if (/[dDwWsSbBcu]/.test(e)) return { ch: null, end: j + 2 };
  return { ch: CONTROL[e] ?? e, end: j + 2 };
}

/** `[...]` at i: its characters when plain and few, else null; and where it ends. */
function parseClass(src: string, i: number): { chars: string[] | null; end: number } {
  let j = i + 1;
  let chars: string[] | null = [];
  if (src[j] === '^') (chars = null), j++;
  while (j < src.length && src[j] !== ']') {
    const a = classChar(src, j);
    j = a.end;
    if (src[j] === '-' && j + 1 < src.length && src[j + 1] !== ']') {
      const b = classChar(src, j + 1);
      j = b.end;
      if (a.ch === null || b.ch === null || b.ch.charCodeAt(0) - a.ch.charCodeAt(0) > 64) chars = null;
      else for (let c = a.ch.charCodeAt(0); c <= b.ch.charCodeAt(0); c++) chars?.push(String.fromCharCode(c));
    } else if (a.ch === null) chars = null;
    else chars?.push(a.ch);
  }
  return { chars, end: j + 1 };
}

const single = (chars: string[]): Prefixes => new Map(chars.map((c) => [c, true]));
const EMPTY = (): Prefixes => new Map([['', true]]);

/** Every beginning of `a` followed by every beginning of `b`, cut at K characters. */
function concat(a: Prefixes, b: Prefixes | null): Prefixes {
  const out: Prefixes = new Map();
  for (const [s, open] of a) {
    if (!open || s.length >= K) {
      out.set(s, false);
      continue;
    }
    // Unknown continuation: this beginning is as long as it gets.
    if (!b) {
      out.set(s, false);
      continue;
    }
    for (const [t, topen] of b) {
      const u = (s + t).slice(0, K);
      out.set(u, (out.get(u) ?? false) || (topen && u.length < K));
    }
  }
  return out;
}

/** Whether some beginning can still grow. */
function growing(set: Prefixes): boolean {
  for (const [s, open] of set) if (open && s.length < K) return true;
  return false;
}

/** One atom at i (a character, escape, class or group). */
function parseAtom(src: string, i: number): Parsed & { zeroWidth?: boolean } {
  const ch = src[i];
  if (ch === '\\') {
    const e = src[i + 1];
    if (e === 'b' || e === 'B') return { set: EMPTY(), end: i + 2, zeroWidth: true };
    const c = classChar(src, i);
    return { set: c.ch === null ? null : single([c.ch]), end: c.end };
  }
  if (ch === '[') {
    const c = parseClass(src, i);
    return { set: c.chars ? single(c.chars) : null, end: c.end };
  }
  if (ch === '(') {
    let j = i + 1;
    let assertion = false;
    if (src[j] === '?') {
      const kind = src.slice(j, j + 3);
      if (kind.startsWith('?:')) j += 2;
      else if (kind.startsWith('?=') || kind.startsWith('?!')) (assertion = true), (j += 2);
      else if (kind === '?<=' || kind === '?<!') (assertion = true), (j += 3);
      else if (kind.startsWith('?<')) j = src.indexOf('>', j) + 1;
    }
    const inner = parseAlternatives(src, j);
    // An assertion consumes nothing; what it asks of the text only narrows the matches.
    if (assertion) return { set: EMPTY(), end: inner.end + 1, zeroWidth: true };
    return { set: inner.set, end: inner.end + 1 };
  }
  if (ch === '^' || ch === '$') return { set: EMPTY(), end: i + 1, zeroWidth: true };
  if (ch === '.') return { set: null, end: i + 1 };
  return { set: single([ch]), end: i + 1 };
}

/** A sequence of atoms up to `|`, `)` or the end. */
function parseSequence(src: string, i: number): Parsed {
  let set: Prefixes | null = EMPTY();
  while (i < src.length && src[i] !== '|' && src[i] !== ')') {
    const atom = parseAtom(src, i);
    i = atom.end;
    let min = 1;
    let repeats = false;
    const q = src[i];
    if (q === '?') (min = 0), i++;
    else if (q === '*') (min = 0), (repeats = true), i++;
    else if (q === '+') (repeats = true), i++;
    else if (q === '{') {
      const close = src.indexOf('}', i);
      const [lo, hi] = src.slice(i + 1, close).split(',');
      min = Number(lo);
      repeats = hi === undefined ? Number(lo) > 1 : hi === '' || Number(hi) > 1;
      i = close + 1;
    }
    if (src[i] === '?') i++; // lazy
    // Once every beginning is complete, the rest of the sequence is only read past.
    if (!set || atom.zeroWidth || !growing(set)) continue;
    let step: Prefixes | null = atom.set;
    if (step && repeats) step = concat(step, null); // what follows a repeated atom: not tracked
    if (step && min === 0) step = new Map([...step, ['', true]]);
    if (min > 1 && step) step = concat(step, null);
    set = step ? concat(set, step) : concat(set, null);
  }
  return { set, end: i };
}

function parseAlternatives(src: string, i: number): Parsed {
  let set: Prefixes | null = new Map();
  for (;;) {
    const seq = parseSequence(src, i);
    if (!seq.set) set = null;
    else if (set) for (const [s, open] of seq.set) set.set(s, (set.get(s) ?? false) || open);
    i = seq.end;
    if (src[i] !== '|') return { set, end: i };
    i++;
  }
}

/**
 * The possible beginnings of a match of `source` — strings of three characters, or shorter
 * when a match can end or go on with anything after them — or null when any position may
 * match (including when a match can be empty). With `ignoreCase` both cases are listed.
 */
export function beginnings(source: string, ignoreCase = false): string[] | null {
  const p = parseAlternatives(source, 0);
  if (p.end !== source.length || !p.set || p.set.has('')) return null;
  const out = new Set<string>();
  for (const s of p.set.keys()) {
    if (!ignoreCase) out.add(s);
    else {
      // Each character in either case (beginnings are at most three characters).
      let forms = [''];
      for (const c of s) forms = forms.flatMap((f) => [...new Set([f + c.toLowerCase(), f + c.toUpperCase()])]);
      for (const f of forms) out.add(f);
    }
  }
  return [...out].sort();
}

/**
 * The beginnings as a regex alternation (regex characters escaped), for one native scan that
 * finds every position where a match can start: `new RegExp("(?:" + alternation + ")", "g")`,
 * with whatever lookbehind the table has. Null (beginnings that cannot be told) is not
 * accepted: such a table needs no gate, it is tried everywhere.
 */
export function beginningsAlternation(list: readonly string[]): string {
  return list.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

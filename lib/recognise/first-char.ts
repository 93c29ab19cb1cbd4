/**
 * An ordered list of patterns tried at one position, as one sticky alternation
 * `(?:(p0)|(p1)|…)` would be — but with only the patterns that can start with the character
 * found there.
 *
 * Why: V8 runs an alternation by trying its branches one after another. The cue table as one
 * sticky regex cost about 2 µs at every word start, some 10 ms per 64 KB of page text and the
 * largest single cost of the engine, although most words start with a letter no cue begins
 * with. Here each pattern's possible first characters are read from its source once; at a
 * position the regex of just the patterns that can start there is run (compiled on first
 * need, one per distinct set of patterns). A pattern whose first characters cannot be told
 * (a class like `\p{L}`, `.`, a pattern that may match the empty string) takes part
 * everywhere, so the result is always what the whole alternation finds.
 */
import { withCheapClasses } from './chars';

interface Parsed {
  /** Characters a match can start with; null: cannot be told. */
  first: Set<string> | null;
  /** Whether what was parsed can match the empty string (or is an assertion). */
  nullable: boolean;
  end: number;
}

const union = (a: Set<string> | null, b: Set<string> | null): Set<string> | null => {
  if (!a || !b) return null;
  for (const c of b) a.add(c);
  return a;
};

/** One character of a class at j: the character (null for a class escape like `\s`). */
function classChar(src: string, j: number): { ch: string | null; end: number } {
  if (src[j] !== '\\') return { ch: src[j], end: j + 1 };
  const e = src[j + 1];
  if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(src.slice(j + 2, j + 6))) return { ch: String.fromCharCode(parseInt(src.slice(j + 2, j + 6), 16)), end: j + 6 };
  if (e === 'p' || e === 'P') return { ch: null, end: src.indexOf('}', j) + 1 };
  if (/[dDwWsSbB]/.test(e)) return { ch: null, end: j + 2 };
  return { ch: e, end: j + 2 };
}

/** `[...]` starting at i: its characters when plain and not too many, else null; and its end. */
function parseClass(src: string, i: number): { chars: Set<string> | null; end: number } {
  let j = i + 1;
  let chars: Set<string> | null = new Set();
  if (src[j] === '^') (chars = null), j++;
  while (j < src.length && src[j] !== ']') {
    const a = classChar(src, j);
    j = a.end;
    if (src[j] === '-' && src[j + 1] !== ']' && j + 1 < src.length) {
      const b = classChar(src, j + 1);
      j = b.end;
      if (a.ch === null || b.ch === null || b.ch.charCodeAt(0) - a.ch.charCodeAt(0) > 256) chars = null;
      else for (let c = a.ch.charCodeAt(0); c <= b.ch.charCodeAt(0); c++) chars?.add(String.fromCharCode(c));
    } else if (a.ch === null) chars = null;
    else chars?.add(a.ch);
  }
  return { chars, end: j + 1 };
}

/** One atom at i (a character, escape, class or group) and what it can start with. */
function parseAtom(src: string, i: number): Parsed {
  const ch = src[i];
  if (ch === '\\') {
    const e = src[i + 1];
    if (e === 'b' || e === 'B') return { first: new Set(), nullable: true, end: i + 2 };
    if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(src.slice(i + 2, i + 6)))
      return { first: new Set([String.fromCharCode(parseInt(src.slice(i + 2, i + 6), 16))]), nullable: false, end: i + 6 };
    if (e === 'p' || e === 'P') return { first: null, nullable: false, end: src.indexOf('}', i) + 1 };
    if (/[dDwWsS]/.test(e)) return { first: null, nullable: false, end: i + 2 };
    if (/[0-9k]/.test(e)) return { first: null, nullable: true, end: src.length }; // backreferences: give up
    return { first: new Set([e]), nullable: false, end: i + 2 };
  }
  if (ch === '[') {
    const c = parseClass(src, i);
    return { first: c.chars, nullable: false, end: c.end };
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
    const end = inner.end + 1; // past ')'
    if (assertion) return { first: new Set(), nullable: true, end };
    return { first: inner.first, nullable: inner.nullable, end };
  }
  if (ch === '^' || ch === '$') return { first: new Set(), nullable: true, end: i + 1 };
  if (ch === '.') return { first: null, nullable: false, end: i + 1 };
  return { first: new Set([ch]), nullable: false, end: i + 1 };
}

/** A sequence of atoms up to `|`, `)` or the end. */
function parseSequence(src: string, i: number): Parsed {
  let first: Set<string> | null = new Set();
  let nullable = true;
  while (i < src.length && src[i] !== '|' && src[i] !== ')') {
    const atom = parseAtom(src, i);
    i = atom.end;
    let optional = atom.nullable;
    const q = src[i];
    if (q === '?' || q === '*') {
      optional = true;
      i++;
    } else if (q === '+') i++;
    else if (q === '{') {
      const close = src.indexOf('}', i);
      if (/^\{0[,}]/.test(src.slice(i, close + 1))) optional = true;
      i = close + 1;
    }
    if (src[i] === '?') i++; // lazy
    if (nullable) {
      first = union(first, atom.first);
      if (!optional) nullable = false;
    }
  }
  return { first, nullable, end: i };
}

function parseAlternatives(src: string, i: number): Parsed {
  let first: Set<string> | null = new Set();
  let nullable = false;
  for (;;) {
    const seq = parseSequence(src, i);
    first = union(first, seq.first);
    nullable ||= seq.nullable;
    i = seq.end;
    if (src[i] !== '|') return { first, nullable, end: i };
    i++;
  }
}

/**
 * The characters a match of `source` can start with, or null when that cannot be told
 * (including when it can match the empty string). With `ignoreCase`, both cases are listed.
 */
export function firstChars(source: string, ignoreCase = false): Set<string> | null {
  const p = parseAlternatives(source, 0);
  if (p.end !== source.length || p.nullable || !p.first) return null;
  if (!ignoreCase) return p.first;
  const out = new Set<string>();
  for (const c of p.first) out.add(c.toLowerCase()).add(c.toUpperCase());
  return out;
}

export interface PatternHit {
  /** Index of the first pattern (in list order) that matched. */
  which: number;
  match: RegExpExecArray;
}

export interface PatternsAt {
  /** What the alternation of all patterns, sticky at `i`, finds there (null: nothing). */
  at(text: string, i: number): PatternHit | null;
}

/**
 * `sources`: the patterns, in order of preference, written with `\p{L}` / `\p{N}` (they are
 * compiled with the cheap classes); `prefix`: an assertion put before the alternation (e.g. a
 * lookbehind); `flags`: without `y`/`g`, which are added.
 */
export function patternsAt(sources: readonly string[], flags = 'u', prefix = ''): PatternsAt {
  const ignoreCase = flags.includes('i');
  const firsts = sources.map((s) => firstChars(s, ignoreCase));
  // Capturing groups inside each pattern, to find the outer group of each in a combination.
  const groups = sources.map((s) => new RegExp(`${withCheapClasses(s)}|`, flags.replace(/[gy]/g, '')).exec('')!.length - 1);
  const byList = new Map<string, { re: RegExp; list: number[] } | null>();
  const byChar = new Map<number, { re: RegExp; list: number[] } | null>();
  const compile = (c: number) => {
    const ch = String.fromCharCode(c);
    const list = firsts.map((f, k) => (!f || f.has(ch) ? k : -1)).filter((k) => k >= 0);
    const key = list.join(',');
    let entry = byList.get(key);
    if (entry === undefined) {
      entry = list.length
        ? { re: new RegExp(withCheapClasses(`${prefix}(?:${list.map((k) => `(${sources[k]})`).join('|')})`), `${flags}y`), list }
        : null;
      byList.set(key, entry);
    }
    byChar.set(c, entry);
    return entry;
  };
  return {
    at(text, i) {
      const c = text.charCodeAt(i);
      if (Number.isNaN(c)) return null;
      const entry = byChar.has(c) ? byChar.get(c)! : compile(c);
      if (!entry) return null;
      entry.re.lastIndex = i;
      const m = entry.re.exec(text);
      if (!m) return null;
      let g = 1;
      for (const k of entry.list) {
        if (m[g] !== undefined) return { which: k, match: m };
        g += groups[k] + 1;
      }
      return null;
    },
  };
}

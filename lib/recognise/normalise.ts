/**
 * Text normalisation for matching, with an offset map back to the original text.
 *
 * The matcher works on a normalised copy of the page text; annotations must point into the
 * original text (UTF-16 indices, as JavaScript strings count). `normalise` therefore returns,
 * next to the normalised string, `map`: for every normalised index i, `map[i]` is the index
 * in the original of the character it came from, and `map[norm.length]` is the original
 * length (so `map[end]` is a valid exclusive end offset).
 *
 * What it does, in one pass that jumps from one character needing care to the next:
 * - lower case (unless `lowercase: false`);
 * - strips diacritics (ë → e, é → e, ĳ → ij), also combining marks already decomposed;
 * - drops soft hyphens and zero-width characters;
 * - joins hyphenated line breaks: "asielin-\nstroom" → "asielinstroom" (letter, hyphen,
 *   optional spaces, one line break, optional spaces, lower-case letter);
 * - non-breaking, thin and other Unicode spaces → " "; a run of spaces and tabs → one " ";
 * - curly and low quotes → straight quotes; « » → "; Unicode hyphens (U+2010/2011) → "-".
 * Line breaks are kept (they carry sentence structure).
 */

import { isInvisibleCode, isLetterCode, isLowerCaseAt, isWideSpaceCode } from './chars';

export interface Normalised {
  /** The normalised text. */
  text: string;
  /**
   * map[i] = original UTF-16 index of normalised char i; map[text.length] = original length.
   * Read only: it may be a view shared with other results.
   */
  map: Uint32Array;
}

export interface NormaliseOptions {
  lowercase?: boolean;
}

const QUOTES: Record<number, string> = {
  0x2018: "'", 0x2019: "'", 0x201a: "'", 0x201b: "'", 0x2032: "'", 0x00b4: "'", 0x0060: "'",
  0x201c: '"', 0x201d: '"', 0x201e: '"', 0x201f: '"', 0x2033: '"', 0x00ab: '"', 0x00bb: '"',
  0x2039: "'", 0x203a: "'", 0x2010: '-', 0x2011: '-',
};

/** Special letters NFD does not decompose. */
const SPECIAL: Record<string, string> = {
  'ĳ': 'ij', 'Ĳ': 'IJ', 'ß': 'ss', 'æ': 'ae', 'Æ': 'AE', 'œ': 'oe', 'Œ': 'OE', 'ø': 'o', 'Ø': 'O',
  'ł': 'l', 'Ł': 'L', 'đ': 'd', 'Đ': 'D', 'ı': 'i',
};

const foldCache = new Map<string, string>();

/** Fold one non-ASCII character: strip diacritics (and optionally lower-case). */
function foldChar(ch: string, lower: boolean): string {
  const key = lower ? ch + '\u0001' : ch;
  let out = foldCache.get(key);
  if (out !== undefined) return out;
  let s = SPECIAL[ch] ?? ch.normalize('NFD').replace(/[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g, '');
  if (lower) s = s.toLowerCase();
  // Lower-casing must not introduce combining marks (e.g. "İ" → "i̇").
  s = s.replace(/[\u0300-\u036f]/g, '');
  if (foldCache.size < 4096) foldCache.set(key, s);
  return s;
}

/**
 * Where the loop below has something to do: a non-ASCII character, a hyphen (maybe a
 * hyphenated line break), a backtick, a tab or a run of spaces. Everything between two of these
 * is copied as it is, so the regex (native code) skips the plain runs instead of a script loop
 * reading every character: on a freshly loaded page the engine's script runs cold, in V8's
 * interpreter.
 */
const NEEDS_CARE = /[^\x00-\x08\x0a-\x2c\x2e-\x5f\x61-\x7f]| (?=[ \t])/g;

/** 0, 1, 2, …: the map of an unchanged run is a copy of a slice of this. */
let identity = new Uint32Array(0);
function identityUpTo(n: number): Uint32Array {
  if (identity.length < n) {
    identity = new Uint32Array(Math.max(n, identity.length * 2, 1024));
    for (let i = 0; i < identity.length; i++) identity[i] = i;
  }
  return identity;
}

// One scan of about a hundred lines on purpose: it visits every character of a page that needs
// care, and each branch (hyphenated line breaks, invisible characters, combining diacritics,
// wide spaces, quotes, surrogate pairs, folding) writes the text and the offset map in the same
// step through the shared run state (runStart, len, map).
export function normalise(text: string, opts: NormaliseOptions = {}): Normalised {
  const lower = opts.lowercase !== false;
  const n = text.length;
  const ids = identityUpTo(n + 1);
  const care = NEEDS_CARE;
  care.lastIndex = 0;
  // Most blocks of a page are plain ASCII: nothing moves, and the map is a view of the shared
  // identity (allocating and filling a map per block was most of normalising a page).
  if (!care.test(text)) return { text: lower ? text.toLowerCase() : text, map: ids.subarray(0, n + 1) };
  care.lastIndex = 0;
  let map = new Uint32Array(n + 17);
  const parts: string[] = [];
  let len = 0;
  // Characters copied unchanged are collected as runs [runStart, i) and sliced in one go.
  let runStart = 0;

  const grow = (need: number) => {
    if (len + need < map.length) return;
    const m2 = new Uint32Array(Math.max(map.length * 2, len + need + 16));
    m2.set(map);
    map = m2;
  };
  const flush = (i: number) => {
    if (i > runStart) {
      grow(i - runStart);
      parts.push(text.slice(runStart, i));
      map.set(ids.subarray(runStart, i), len);
      len += i - runStart;
    }
  };
  const emit = (s: string, orig: number) => {
    grow(s.length);
    parts.push(s);
    for (let k = 0; k < s.length; k++) map[len++] = orig;
  };

  while (care.test(text)) {
    let i = care.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (c === 45 /* - */ && i > 0 && isLetterCode(text.charCodeAt(i - 1))) {
        // Hyphenated line break: letter "-" [spaces] "\n" [spaces] lower-case letter.
        let j = i + 1;
        while (j < n && (text[j] === ' ' || text[j] === '\t')) j++;
        if (text[j] === '\r') j++;
        if (text[j] === '\n') {
          j++;
          while (j < n && (text[j] === ' ' || text[j] === '\t')) j++;
          if (isLowerCaseAt(text, j)) {
            flush(i);
            runStart = j;
            i = j - 1; // drop hyphen, break and surrounding spaces
          }
        }
      } else if (c === 96 /* ` */) {
        flush(i);
        emit("'", i);
        runStart = i + 1;
      } else if (c === 32 || c === 9) {
        // A run of spaces and tabs is one space, as a browser shows it: a page's text keeps
        // its source's spacing ("afgelopen  jaar"), and the patterns are written with one.
        let j = i + 1;
        while (j < n && (text[j] === ' ' || text[j] === '\t')) j++;
        flush(i);
        emit(' ', i);
        runStart = j;
        i = j - 1;
      }
      care.lastIndex = i + 1;
      continue; // ASCII is copied as part of the run (case is handled at the end)
    }
    flush(i);
    runStart = i + 1;
    care.lastIndex = i + 1;
    if (isInvisibleCode(c)) continue;
    if (c >= 0x0300 && c <= 0x036f) continue; // combining diacritics
    if (isWideSpaceCode(c)) {
      emit(' ', i);
      continue;
    }
    const q = QUOTES[c];
    if (q !== undefined) {
      emit(q, i);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      // Surrogate pair (emoji …): copied unchanged.
      runStart = i;
      i++;
      flush(i + 1);
      runStart = i + 1;
      care.lastIndex = i + 1;
      continue;
    }
    emit(foldChar(text[i], lower), i);
  }
  flush(n);
  map[len] = n;
  let out = parts.join('');
  if (lower) {
    // Non-ASCII output is already folded to lower case; this lowers the ASCII runs.
    const lowered = out.toLowerCase();
    if (lowered.length === out.length) out = lowered;
  }
  return { text: out, map: map.subarray(0, len + 1) };
}

/** Map a normalised [start, end) span to an original [start, end) span. */
export function toOriginal(norm: Normalised, start: number, end: number): [number, number] {
  const s = norm.map[start];
  // End: one past the original index of the last normalised char of the span.
  const e = end > start ? norm.map[end - 1] + 1 : s;
  // A surrogate pair or a multi-char original collapsed into one char: extend to cover it.
  return [s, Math.max(e, s)];
}

/** Fold a single string the way `normalise` does (for compiling lexicon forms). */
export function fold(s: string, lowercase = true): string {
  return normalise(s, { lowercase }).text;
}

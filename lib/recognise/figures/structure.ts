/**
 * The shape of a text on its normalised form: sentences (with the paragraph each belongs to),
 * clause boundaries, and the words around a position. Every slot of a claim frame is looked
 * for first in the figure's clause, then its sentence, then earlier sentences.
 */
import { cheapRegExp, isAsciiDigitCode, isLetterCode, isUpperCaseAt, isWordCode, startsWithLetter } from '../chars';
import { lowerBound } from '../../util/sorted';
import type { Normalised } from '../normalise';

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  para: number;
}

export interface Structure {
  sentences: Sentence[];
  /** Clause boundaries: sorted normalised indices of , ; : ( ) – — */
  clauseMarks: number[];
}

export interface Word {
  start: number;
  end: number;
  w: string;
}

const ABBREV = new Set(
  'nr no ca bijv vgl o.a e.a m.a.w d.w.z mr dr drs ir ing prof st jl vs etc e.g i.e mln mld blz p pp art min max resp incl excl ong zgn jr sr mrs ms mw dhr fig tab par hfst afb approx govt dept corp circa zie'.split(' '),
);

const MARK_CANDIDATE = /[^a-z0-9 ]/g;

const MONTH_ABBREV = new Set('jan feb mrt mar apr jun jul aug sep sept okt oct nov dec'.split(' '));

/**
 * "… eind 2024. 4.530 mensen vroegen …": a count that opens the next sentence. Only after a
 * year or a word of four letters or more that is no abbreviation ("blz. 12", "Sept. 12" and
 * "art. 3" go on), and only before a number followed by a word.
 */
function numberOpensSentence(t: string, dot: number, next: number): boolean {
  if (!/^\d[\d.,]*\s+\p{L}/u.test(t.slice(next, next + 24))) return false;
  return fullWordBefore(t, dot);
}

/**
 * "… waren. maar het aantal nareizigers …", "Dat klopt niet. in 2021 lag het saldo …": a sentence a
 * writer opened in lower case with a word that often opens one (a conjunction, an article, "in").
 * The same guard: after a year or a word of four letters or more that is no abbreviation.
 */
function conjunctionOpensSentence(t: string, dot: number, next: number): boolean {
  return LOWER_OPENING.test(t.slice(next, next + 10)) && fullWordBefore(t, dot);
}
const LOWER_OPENING = /^(?:maar|toch|daarom|dus|ook|in|de|het|er|dat|dit|but|yet|so|the|this|that|there|it)\s/;

/** Whether the word before a full stop is a year or a word of four letters or more that is no abbreviation. */
function fullWordBefore(t: string, dot: number): boolean {
  let k = dot - 1;
  while (k >= 0 && (isLetterCode(t.charCodeAt(k)) || (t[k] >= '0' && t[k] <= '9'))) k--;
  const tok = t.slice(k + 1, dot);
  return /^(?:19|20)\d\d$/.test(tok) || (/^\p{L}{4,}$/u.test(tok) && !ABBREV.has(tok) && !MONTH_ABBREV.has(tok));
}

/**
 * Before a colon: an item's label, a colon, its number, and the words of the next label
 * ("aanvragen: 43.090 Nareizigers"); groups: up to the number's end, the space.
 */
const NUMBER_THEN_LABEL = /(:\s*\d[\d.,]*)(\s+)[^\d.;:,()\n]{1,60}$/;

export function structure(t: string, norm: Normalised, orig: string): Structure {
  const sentences: Sentence[] = [];
  const clauseMarks: number[] = [];
  const n = t.length;
  let start = 0;
  let para = 0;
  const close = (end: number, newPara: boolean) => {
    if (end > start) sentences.push({ start, end, para });
    start = end;
    if (newPara) para++;
  };
  // Letters, digits and spaces (most of the text) are none of the marks below: the regex
  // (native code) skips them, the loop body sees only the other characters.
  const marks = MARK_CANDIDATE;
  marks.lastIndex = 0;
  for (let i = 0; marks.test(t); marks.lastIndex = i + 1) {
    i = marks.lastIndex - 1;
    const c = t[i];
    if (c === '\n') {
      // A blank line, or a break after end punctuation / before a capital, ends a sentence
      // and a paragraph; a break inside running text (PDF wrapping) does not.
      let j = i + 1;
      let blank = false;
      while (j < n && (t[j] === ' ' || t[j] === '\t' || t[j] === '\r' || t[j] === '\n')) {
        if (t[j] === '\n') blank = true;
        j++;
      }
      let k = i - 1;
      while (k >= 0 && (t[k] === ' ' || t[k] === '\t' || t[k] === '\r')) k--;
      const prev = k >= 0 ? t[k] : '.';
      const soft = !blank && (prev === ',' || isWordCode(prev.charCodeAt(0))) && j < n && !isUpperCaseAt(orig, norm.map[j]) && isWordCode(t.charCodeAt(j));
      if (!soft) {
        close(i, true);
        start = j;
        i = j - 1;
      }
      continue;
    }
    if (c === '.' || c === '!' || c === '?') {
      let next = t[i + 1];
      if (next === undefined) continue;
      // A footnote marker glued to the full stop ("Verklaring.2 Daarnaast"): the sentence ends after it.
      if (c === '.' && next >= '0' && next <= '9' && isLetterCode(t.charCodeAt(i - 1))) {
        let d = i + 1;
        while (d < n && t[d] >= '0' && t[d] <= '9' && d - i <= 2) d++;
        if ((t[d] === ' ' || t[d] === '\n') && d + 1 < n && isUpperCaseAt(orig, norm.map[d + 1])) {
          close(d, false);
          start = d + 1;
          i = d;
          continue;
        }
      }
      // A bracketed one ("… in 2022.[3] 12,000 decisions"): the same.
      if (c === '.' && next === '[') {
        let d = i + 2;
        while (d < n && t[d] >= '0' && t[d] <= '9' && d - i <= 4) d++;
        if (d > i + 2 && t[d] === ']' && (t[d + 1] === ' ' || t[d + 1] === '\n') && d + 2 < n && (isUpperCaseAt(orig, norm.map[d + 2]) || isAsciiDigitCode(t.charCodeAt(d + 2)))) {
          close(d + 1, false);
          start = d + 2;
          i = d + 1;
          continue;
        }
      }
      next = t[i + 1];
      if (next !== ' ' && next !== '\t') continue;
      let j = i + 1;
      while (j < n && (t[j] === ' ' || t[j] === '\t')) j++;
      if (j >= n || t[j] === '\n') continue;
      const nc = t[j];
      const upper = isUpperCaseAt(orig, norm.map[j]) || nc === '"' || nc === "'" || nc === '(' || nc === '[';
      if (!upper && !(c === '.' && (numberOpensSentence(t, i, j) || conjunctionOpensSentence(t, i, j)))) continue;
      if (c === '.') {
        // Abbreviation or initial before the period?
        let k = i - 1;
        while (k >= 0 && (t[k] === '.' || isLetterCode(t.charCodeAt(k)))) k--;
        const tok = t.slice(k + 1, i);
        if (ABBREV.has(tok) || (tok.length === 1 && startsWithLetter(tok))) continue;
      }
      close(i + 1, false);
      start = j;
      i = j - 1;
      continue;
    }
    // ("vorig (corona)jaar": brackets inside a word mark no clause.)
    if ((c === '(' || c === ')') && inWordBrackets(t, i)) continue;
    // ("Eerste aanvragen: 43.090 Nareizigers: 14.070", a list run into one line: a capitalised
    // label after an item's number, before a colon and the next number, opens the next item's
    // sentence. Not "… vroegen 410 Eritreeërs asiel aan: 12 procent minder": no label before 410.)
    if (c === ':' && /^\s*\d/.test(t.slice(i + 1, i + 4))) {
      const label = NUMBER_THEN_LABEL.exec(t.slice(Math.max(start, i - 64), i));
      const at = label ? i - label[0].length + label[1].length : -1;
      if (label && isUpperCaseAt(orig, norm.map[at + label[2].length])) {
        close(at, false);
        start = at + label[2].length;
      }
    }
    if (c === ';' || c === ':' || c === '(' || c === ')' || c === '\u2013' || c === '\u2014' || c === '[' || c === ']') clauseMarks.push(i);
    else if (c === ',' && (t[i + 1] === ' ' || t[i + 1] === '\n')) clauseMarks.push(i);
    else if (c === '-' && t[i - 1] === ' ' && t[i + 1] === ' ') clauseMarks.push(i);
  }
  close(n, false);
  return { sentences, clauseMarks: withoutParentheticals(t, clauseMarks) };
}

/** A bracket of a pair inside a word: "(corona)jaar", "asielzoeker(s)" — letters glued to the outside of the closing one or the opening one. */
function inWordBrackets(t: string, i: number): boolean {
  // (Letters only between the pair, so the other bracket is found by walking letters: a bounded
  // look on the hot path, not a search through the rest of the text.)
  let open = i;
  let close = i;
  if (t[i] === '(') while (close - i < 24 && isLetterCode(t.charCodeAt(close + 1))) close++;
  else while (i - open < 24 && isLetterCode(t.charCodeAt(open - 1))) open--;
  if (t[i] === '(') close++;
  else open--;
  if (t[open] !== '(' || t[close] !== ')' || close - open < 2) return false;
  return isLetterCode(t.charCodeAt(close + 1)) || isLetterCode(t.charCodeAt(open - 1));
}

/** Adverbs set off by commas inside a clause ("Detections in Crete, however, rose by 310%"). */
const PARENTHETICAL = new Set(['however', 'though', 'meanwhile', 'moreover', 'echter', 'evenwel', 'overigens', 'bovendien', 'daarentegen', 'intussen', 'wel', 'ook']);

/** The clause marks without the two commas around a lone parenthetical adverb: it ends no clause. */
function withoutParentheticals(t: string, marks: number[]): number[] {
  const drop = new Set<number>();
  for (let k = 0; k + 1 < marks.length; k++) {
    const a = marks[k];
    const b = marks[k + 1];
    if (t[a] !== ',' || t[b] !== ',' || b - a > 16) continue;
    if (PARENTHETICAL.has(t.slice(a + 1, b).trim())) drop.add(a).add(b);
  }
  return drop.size ? marks.filter((m) => !drop.has(m)) : marks;
}

/** Normalised index of the first normalised char whose original index is ≥ o. */
/** A heading: a sentence that is a paragraph of its own and ends without a full stop ("31.640 nieuwe aanvragen voor asiel"). */
export function isHeading(st: Structure, si: number, t: string): boolean {
  const s = st.sentences[si];
  return st.sentences[si - 1]?.para !== s.para && st.sentences[si + 1]?.para !== s.para && !/[.!?:]["'”’)]*\s*$/.test(t.slice(s.start, s.end));
}

export function toNorm(norm: Normalised, o: number): number {
  return lowerBound(norm.map, o);
}

/** The clause around normalised position p inside its sentence. */
export function clauseAt(st: Structure, sent: Span, p: number): Span {
  const ci = lowerBound(st.clauseMarks, p);
  return {
    start: Math.max(sent.start, ci > 0 ? st.clauseMarks[ci - 1] + 1 : sent.start),
    end: Math.min(sent.end, ci < st.clauseMarks.length ? st.clauseMarks[ci] : sent.end),
  };
}

// Character classes for the word scanner, per UTF-16 code unit (BMP only; filled lazily):
// 0 unknown, 1 letter/digit, 2 whitespace (\s), 3 anything else.
const CLASS = new Uint8Array(65536);
function charClass(c: number): number {
  let k = CLASS[c];
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = isWordCode(c) ? 1 : /\s/u.test(ch) ? 2 : 3;
    CLASS[c] = k;
  }
  return k;
}

const WORD_RE = cheapRegExp(/[\p{L}\p{N}][\p{L}\p{N}'&-]*|[^\s\p{L}\p{N}]/gu);

/**
 * The words (and single punctuation marks) starting in [from, to), scanned by hand — this
 * runs several times per number. Text with surrogate pairs nearby takes the regex (astral
 * letters are letters there).
 */
export function words(t: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  const n = t.length;
  let i = from;
  for (;;) {
    let c = 0;
    while (i < n && charClass((c = t.charCodeAt(i))) === 2) i++;
    if (i >= n || i >= to) return out;
    if (c >= 0xd800 && c <= 0xdfff) return wordsByRegex(t, from, to);
    if (charClass(c) === 1) {
      let j = i + 1;
      for (; j < n; j++) {
        const d = t.charCodeAt(j);
        if (d >= 0xd800 && d <= 0xdfff) return wordsByRegex(t, from, to);
        if (d !== 39 && d !== 38 && d !== 45 && charClass(d) !== 1) break;
      }
      out.push({ start: i, end: j, w: t.slice(i, j) });
      i = j;
    } else {
      out.push({ start: i, end: i + 1, w: t[i] });
      i++;
    }
  }
}

function wordsByRegex(t: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  WORD_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = WORD_RE.exec(t)) && m.index < to) out.push({ start: m.index, end: m.index + m[0].length, w: m[0] });
  return out;
}

const COUNT_RE = cheapRegExp(/[\p{L}\p{N}]+/gu);

/** How many words lie in [a, b). */
export function countWords(t: string, a: number, b: number): number {
  if (b <= a) return 0;
  return (t.slice(a, b).match(COUNT_RE) ?? []).length;
}

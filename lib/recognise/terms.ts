/**
 * Term matcher: one left-to-right pass over the page text along the trie of the concepts'
 * surface forms (term-trie.ts, which also holds the grammar of a form).
 *
 * Matching: a match may only start at a word start (the previous character is not a letter
 * or digit) and never inside a URL, a bare domain or an e-mail address. At each word start the
 * trie is walked as far as the text allows; the longest accepted match wins (ties: the longer,
 * more specific form), and scanning resumes after it, so matches never overlap. The walk is
 * bounded by the longest form, so the pass is linear in the text length for a fixed lexicon.
 *
 * Language: the page language's forms always apply; forms of the other language apply when
 * they are in capitals (organisations) or at least 8 characters long (distinctive compounds
 * such as "asielzoekerscentrum" in an English article), so short generic English words
 * ("return") are not matched on a Dutch page and vice versa.
 */
import { normalise, toOriginal, type Normalised } from './normalise';
import type { Lang } from './types';
import { DIGIT, LETTER, isAsciiDigitCode, isLetterCode, isNormalisedSpaceCode, isWordCode } from './chars';
import { child, GAP_WORDS, GAP_WORDS_CLAUSE, type CompiledTerms, type GapPart, type TermPattern } from './term-trie';
import { findUrlSpans } from './url-spans';
import { PRE_EN, PRE_NL } from './numbers/phrases';

export interface TermMatch {
  /** Offsets into the ORIGINAL text. */
  start: number;
  end: number;
  /** Offsets into the normalised text. */
  nStart: number;
  nEnd: number;
  concept: string;
  pattern: number;
  lang: Lang;
  /** Matched by a context-only form: kept only where the text is about migration. */
  context?: boolean;
  /** Other ids whose form matched the same text (cue and facet matchers share forms). */
  also?: string[];
}

const INFLECTIONS = ["'s", 'es', 'en', 's', 'n', 'e'];

/** Characters the trie walk takes for one space (isNormalisedSpaceCode), as a regex class. */
const SPACE_RUN = '[ \\n\\t\\r]+';

/**
 * The paths of the trie from `node`, `depth` edges deep, as a regex: where the walk can get
 * that far. A node where a form ends may stop the path early.
 */
function pathsFrom(trie: CompiledTerms, node: number, depth: number): string {
  const alternatives: string[] = [];
  for (let e = trie.edgeFrom[node]; e < trie.edgeFrom[node + 1]; e++) {
    const code = trie.edgeChars.charCodeAt(e);
    const edge = code === 32 ? SPACE_RUN : `\\u${code.toString(16).padStart(4, '0')}`;
    const to = trie.edgeTo[e];
    const rest = depth > 1 ? pathsFrom(trie, to, depth - 1) : '';
    const ends = trie.acceptFrom[to + 1] > trie.acceptFrom[to];
    alternatives.push(rest ? `${edge}(?:${rest})${ends ? '?' : ''}` : edge);
  }
  return alternatives.join('|');
}

const termStarts = new WeakMap<CompiledTerms, RegExp>();

/**
 * Where a term can start: a word start (a letter or digit that does not follow one, as
 * isWordCode, per UTF-16 unit: no `u` flag) where the text follows the trie for three
 * characters (or to the end of a shorter form). One regex per lexicon, built on first use:
 * the native scan passes over the words no form begins like ("het", "een", "van"), which
 * a script loop over every character, as before, did in cold code on a freshly loaded page.
 */
function termStartsFor(trie: CompiledTerms): RegExp {
  let re = termStarts.get(trie);
  if (!re) {
    const paths = pathsFrom(trie, 0, 3);
    re = new RegExp(paths ? `(?<![${LETTER}${DIGIT}])(?=[${LETTER}${DIGIT}])(?:${paths})` : '$^', 'g');
    termStarts.set(trie, re);
  }
  return re;
}

export interface MatchTermsOptions {
  lang: Lang;
  /** Reuse a normalisation of the same text (must be lower-cased). */
  normalised?: Normalised;
  /** Reuse findUrlSpans() of that normalised text (recognise() passes it to linking too). */
  urls?: Array<[number, number]>;
}

/** Find term matches in `text` (offsets into the original text), sorted, non-overlapping. */
export function matchTerms(text: string, compiled: CompiledTerms, opts: MatchTermsOptions): TermMatch[] {
  const norm = opts.normalised ?? normalise(text);
  const t = norm.text;
  const n = t.length;
  const { acceptFrom, acceptList, patterns } = compiled;
  const out: TermMatch[] = [];
  const urls = t.indexOf('.') >= 0 || t.indexOf('@') >= 0 ? (opts.urls ?? findUrlSpans(t)) : [];
  let u = 0;
  const starts = termStartsFor(compiled);
  starts.lastIndex = 0;
  for (let at: RegExpExecArray | null; (at = starts.exec(t)); ) {
    // Word start at i.
    const i = at.index;
    starts.lastIndex = i + 1;
    const c = t.charCodeAt(i);
    while (u < urls.length && urls[u][1] <= i) u++;
    if (u < urls.length && urls[u][0] <= i) continue;
    const first = child(compiled, 0, c);
    if (first < 0) continue;
    let bestEnd = -1;
    let bestLen = -1;
    let bestPat = -1;
    let ties: string[] | null = null;
    let node = first;
    let j = i + 1;
    for (;;) {
      for (let a = acceptFrom[node], aEnd = acceptFrom[node + 1]; a < aEnd; a++) {
        const pi = acceptList[a];
        const p = patterns[pi];
        if (!langOk(p, opts.lang)) continue;
        const end = acceptEnd(t, j, p, text, norm, i);
        if (end < 0) continue;
        if (end > bestEnd || (end === bestEnd && p.length > bestLen)) {
          bestEnd = end;
          bestLen = p.length;
          bestPat = pi;
          ties = null;
        } else if (end === bestEnd && p.length === bestLen && patterns[bestPat].concept !== p.concept) {
          (ties ??= []).push(p.concept);
        }
      }
      if (j >= n) break;
      // A quote mark around words inside a form ("‘zonder toezicht’ vertrekken", "the 'safe country'
      // applicants") is no part of it: where it stands between a word and a space, the character
      // after it is matched in its place (so a form also ends before its closing quote).
      if (isQuoteCode(t.charCodeAt(j)) && j + 1 < n && quoteAtWordEdge(t.charCodeAt(j - 1), t.charCodeAt(j + 1))) j++;
      let ch = t.charCodeAt(j);
      let nextJ = j + 1;
      if (isNormalisedSpaceCode(ch)) {
        // A run of white space matches one space in the form.
        ch = 32;
        while (nextJ < n && isNormalisedSpaceCode(t.charCodeAt(nextJ))) nextJ++;
      }
      const next = child(compiled, node, ch);
      if (next < 0) break;
      node = next;
      j = nextJ;
    }
    if (bestPat < 0) continue;
    // Never let a match run into a URL.
    if (u < urls.length && urls[u][0] < bestEnd) continue;
    const p = patterns[bestPat];
    const [s, e] = toOriginal(norm, i, bestEnd);
    out.push({
      start: s,
      end: e,
      nStart: i,
      nEnd: bestEnd,
      concept: p.concept,
      pattern: bestPat,
      lang: p.lang,
      ...(p.context ? { context: true } : {}),
      ...(ties ? { also: [...new Set(ties)] } : {}),
    });
    // Resume after the match.
    starts.lastIndex = bestEnd;
  }
  return out;
}

/** A straight quote (the normaliser folds curly and low quotes to these). */
function isQuoteCode(c: number): boolean {
  return c === 39 || c === 34;
}

/** A quote between a letter and a space, or a space and a letter: it opens or closes quoted words. */
function quoteAtWordEdge(before: number, after: number): boolean {
  return (isNormalisedSpaceCode(before) && isLetterCode(after)) || (isLetterCode(before) && isNormalisedSpaceCode(after));
}

function langOk(p: TermPattern, lang: Lang): boolean {
  return p.lang === lang || p.caps || p.length >= 8;
}

/** End (normalised) of an accepted match of pattern p whose key ends at j, or -1. */
function acceptEnd(t: string, j: number, p: TermPattern, orig: string, norm: Normalised, start: number): number {
  const end = headEnd(t, j, p, orig, norm, start);
  if (end < 0 || !p.gaps) return end;
  let at = end;
  for (const g of p.gaps) {
    at = gapEnd(t, at, g);
    if (at < 0) return -1;
  }
  return at;
}

/** Words that open an attribution ("volgens het CBS", "according to Eurostat"), and how many words it may take. */
const ATTRIBUTION = new Set(['volgens', 'according']);
const ATTRIBUTION_WORDS = 3;

/**
 * A qualifier right before a number ("om en nabij de 332.900", "more than 400,000"): part of the
 * number, so skipped for free with it ("om en nabij de 332.900 mensen vestigden zich in Nederland").
 */
const QUALIFIER_BEFORE_NUMBER = new RegExp(
  `(?:${[...PRE_NL, ...PRE_EN]
    .filter(([w, pre]) => pre.q && /^[\p{L}' ’]+$/u.test(w))
    .map(([w]) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .sort((a, b) => b.length - a.length)
    .join('|')})\\s+(?=\\d)`,
  'uy',
);

/**
 * Dutch separable-verb particles. In a main clause the particle closes the middle field however
 * long it is ("Toen keerde maar een kwart van de mensen met een vertrekplicht daadwerkelijk
 * terug"), so a form's last part that ends in one may stand up to GAP_WORDS_CLAUSE words on,
 * where it closes the clause (a mark or "naar …" after it) and no mark of another clause stands
 * between.
 */
const PARTICLE = new Set(['terug', 'aan', 'uit', 'af', 'weg', 'binnen']);
const CLAUSE_END_AFTER = /^(?:\s*[.,;:!?]|\s+naar\b|$)/;
/** Marks that open another clause or an aside: , : ( ) – —. */
const CLAUSE_MARK = new Set([44, 58, 40, 41, 0x2013, 0x2014]);

/** Where `part` ends when it starts within GAP_WORDS words after `from` (a closing particle: see PARTICLE), or -1. */
function gapEnd(t: string, from: number, part: GapPart): number {
  const n = t.length;
  let i = from;
  let attributed = false;
  let crossedMark = false;
  const most = PARTICLE.has(part.key.slice(part.key.lastIndexOf(' ') + 1)) ? GAP_WORDS_CLAUSE : GAP_WORDS;
  for (let skipped = 0; skipped <= most; skipped++) {
    while (i < n && isNormalisedSpaceCode(t.charCodeAt(i))) i++;
    if (i >= n || (skipped > GAP_WORDS && crossedMark)) return -1;
    if (t.startsWith(part.key, i)) {
      const e = wordEnd(t, i + part.key.length, part.star, part.inflect);
      if (e >= 0 && (skipped <= GAP_WORDS || CLAUSE_END_AFTER.test(t.slice(e, e + 8)))) return e;
    }
    // Skip one word (or one mark); a sentence end stops the search. "43.000" is one word, and
    // a number is skipped for free.
    const c = t.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 59 || c === 10) return -1;
    if (CLAUSE_MARK.has(c)) crossedMark = true;
    if (isWordCode(c)) {
      const from = i;
      // (Sticky: read at i, no copy of the text per word skipped.)
      QUALIFIER_BEFORE_NUMBER.lastIndex = i;
      const qualifier = QUALIFIER_BEFORE_NUMBER.exec(t);
      if (qualifier) {
        i += qualifier[0].length;
        skipped--;
        continue;
      }
      while (i < n && (isWordCode(t.charCodeAt(i)) || ((t[i] === '.' || t[i] === ',') && isAsciiDigitCode(t.charCodeAt(i - 1)) && isAsciiDigitCode(t.charCodeAt(i + 1))))) i++;
      if (isAsciiDigitCode(t.charCodeAt(from))) skipped--;
      // ("kwamen volgens statistiekbureau CBS zo'n 403.000 mensen naar Nederland": who says so
      // is no part of what happened; its words are skipped for free, once.)
      else if (!attributed && ATTRIBUTION.has(t.slice(from, i))) {
        attributed = true;
        skipped -= ATTRIBUTION_WORDS;
      }
    } else i++;
  }
  return -1;
}

/** The end of a word whose form ends at j: at a word boundary, after more letters (star), or after an inflection. */
function wordEnd(t: string, j: number, star: boolean, inflect: boolean): number {
  const n = t.length;
  if (star) {
    let e = j;
    while (e < n && isLetterCode(t.charCodeAt(e))) e++;
    return e;
  }
  if (j >= n || !isWordCode(t.charCodeAt(j))) return j;
  if (inflect) {
    for (const suf of INFLECTIONS) {
      if (t.startsWith(suf, j)) {
        const e = j + suf.length;
        if (e >= n || !isWordCode(t.charCodeAt(e))) return e;
      }
    }
  }
  return -1;
}

function headEnd(t: string, j: number, p: TermPattern, orig: string, norm: Normalised, start: number): number {
  const n = t.length;
  if (p.caps) {
    // Case-sensitive: the original characters must be the form's capitals.
    for (let k = start; k < j; k++) {
      const oc = orig[norm.map[k]];
      if (oc !== oc.toUpperCase() && isLetterCode(oc.charCodeAt(0))) return -1;
    }
    // "IND's", "COA's"
    if (t[j] === "'" && t[j + 1] === 's' && (j + 2 >= n || !isWordCode(t.charCodeAt(j + 2)))) return j + 2;
    if (j >= n || !isWordCode(t.charCodeAt(j))) return j;
    if (t[j] === 's' && orig[norm.map[j]] === 's' && (j + 1 >= n || !isWordCode(t.charCodeAt(j + 1)))) return j + 1;
    return -1;
  }
  // A hyphenated continuation stays one word in Dutch ("terugkeer-beleid" is rare; a star stops there).
  return wordEnd(t, j, p.star, p.inflect);
}

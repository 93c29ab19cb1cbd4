/**
 * Term matcher: the concepts' surface forms compiled once into a trie over normalised text,
 * then one left-to-right pass over the page text.
 *
 * Surface-form grammar (data/README.md, lib/factbase/schema.ts):
 * - a plain form matches as a whole word, ignoring case and diacritics. Plural and inflection
 *   endings are accepted automatically for forms of ≥ 4 letters: -s, -es, -en, -n, -e, -'s
 *   ("asielzoeker" → "asielzoekers", "refugee" → "refugees");
 * - a trailing `*` lets the form be followed by more letters ("terugkeer*" → "terugkeerbeleid");
 *   the annotation then covers the whole word;
 * - a form in capitals of two or more letters ("IND", "COA", "DT&V") matches case-sensitively
 *   (only the possessive/plural "'s" / "s" may follow: "IND's").
 * - spaces in a form match any run of white space (including one line break); "-" in a form
 *   matches "-" only.
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
 *
 * The compiled form is plain JSON (flat arrays of numbers, one string of edge labels, the
 * pattern table): the background caches it and sends it to a content script, which uses it
 * as is.
 */
import { fold, normalise, toOriginal, type Normalised } from './normalise';
import type { Lang } from './types';
import { DIGIT, LETTER, isAsciiDigitCode, isJsSpaceCode, isLetterCode, isNormalisedSpaceCode, isWordCode } from './chars';

export interface TermPattern {
  /** The concept (or, in a facet matcher, the facet) the form belongs to. */
  concept: string;
  lang: Lang;
  /** Length of the folded form walked in the trie (no trailing `*`): longer forms win ties. */
  length: number;
  star: boolean;
  caps: boolean;
  /** Whether automatic inflection endings are allowed. */
  inflect: boolean;
  /** A form that names the concept only in a migration context (`contextTerms`). */
  context?: boolean;
  /**
   * Later parts of a form written with gaps ("vroegen … asiel aan"): each must follow the
   * previous part with at most GAP_WORDS other words between.
   */
  gaps?: GapPart[];
}

/** One part of a form after a gap: its folded text and how it may end. */
export interface GapPart {
  key: string;
  star: boolean;
  inflect: boolean;
}

/**
 * How many other words a ` … ` in a form stands for; numbers are not counted ("keerde in 2021
 * minder dan 20 procent terug" is "keerde … terug").
 */
export const GAP_WORDS = 4;
const GAP_RE = /\s*(?:\u2026|\.\.\.)\s*/;

/**
 * The trie in compressed-sparse-row form: a handful of flat arrays instead of one object per
 * node, so a lexicon of tens of thousands of forms is small to send to a content script
 * (JSON) and small in its heap (packed integer arrays), and lookups need no hashing.
 */
export interface CompiledTerms {
  /** Edges of node k are `edgeFrom[k] .. edgeFrom[k + 1]`; node 0 is the root. */
  edgeFrom: number[];
  /** Per edge, its label: one UTF-16 code unit of the folded form; sorted within a node. */
  edgeChars: string;
  /** Per edge, the child node. */
  edgeTo: number[];
  /** Accepting patterns of node k are `acceptList[acceptFrom[k] .. acceptFrom[k + 1]]`. */
  acceptFrom: number[];
  acceptList: number[];
  patterns: TermPattern[];
  maxDepth: number;
}

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

export interface TermSource {
  id: string;
  terms: { nl?: string[]; en?: string[] };
  /** Forms that name the concept only in a migration context. */
  contextTerms?: { nl?: string[]; en?: string[] };
}

/** Forms of one id for one matcher (terms, cues or facets). */
export interface FormSource {
  id: string;
  forms: { nl?: string[]; en?: string[] };
  context?: boolean;
}

const CAPS_RE = /^[\p{Lu}0-9&.\- ]+$/u;

function isCapsForm(form: string): boolean {
  const letters = form.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && CAPS_RE.test(form) && /\p{Lu}/u.test(form);
}

/** A concept's surface forms: `terms`, and `contextTerms` flagged as needing context. */
export function compileTerms(concepts: TermSource[]): CompiledTerms {
  const sources: FormSource[] = [];
  for (const c of concepts) {
    sources.push({ id: c.id, forms: c.terms });
    if (c.contextTerms) sources.push({ id: c.id, forms: c.contextTerms, context: true });
  }
  return compileForms(sources);
}

function gapPart(raw: string): GapPart {
  let form = raw.trim();
  const star = form.endsWith('*');
  if (star) form = form.slice(0, -1).trimEnd();
  const key = fold(form, true).replace(/\s+/g, ' ');
  return { key, star, inflect: !star && key.length >= 4 };
}

/** Any list of forms (terms, cue words, facet words) compiled into one trie. */
export function compileForms(sources: FormSource[]): CompiledTerms {
  // Built with a map per node, then flattened.
  const children: Array<Map<number, number>> = [new Map()];
  const accepting: number[][] = [[]];
  const patterns: TermPattern[] = [];
  const seen = new Set<string>();
  let maxDepth = 0;
  for (const c of sources) {
    for (const lang of ['nl', 'en'] as const) {
      for (const raw of c.forms[lang] ?? []) {
        const [head, ...rest] = raw.trim().split(GAP_RE);
        let form = head;
        if (!form) continue;
        const star = form.endsWith('*');
        if (star) form = form.slice(0, -1).trimEnd();
        const caps = isCapsForm(form);
        const key = fold(form, true).replace(/\s+/g, ' ');
        if (key.replace(/[^\p{L}\p{N}]/gu, '').length < 2) continue;
        const gaps = rest.filter(Boolean).map(gapPart);
        const dedupe = `${c.id}|${key}|${star}|${caps}|${lang}|${c.context ? 1 : 0}|${gaps.map((g) => g.key).join('…')}`;
        if (seen.has(dedupe)) continue;
        seen.add(dedupe);
        const idx = patterns.length;
        patterns.push({
          concept: c.id,
          lang,
          length: key.length + gaps.reduce((n, g) => n + g.key.length, 0),
          star,
          caps,
          inflect: !star && !caps && key.length >= 4,
          ...(c.context ? { context: true } : {}),
          ...(gaps.length ? { gaps } : {}),
        });
        let node = 0;
        for (let i = 0; i < key.length; i++) {
          const code = key.charCodeAt(i);
          let next = children[node].get(code);
          if (next === undefined) {
            next = children.length;
            children.push(new Map());
            accepting.push([]);
            children[node].set(code, next);
          }
          node = next;
        }
        accepting[node].push(idx);
        maxDepth = Math.max(maxDepth, key.length);
      }
    }
  }
  const edgeFrom: number[] = [];
  const edgeTo: number[] = [];
  const labels: string[] = [];
  const acceptFrom: number[] = [];
  const acceptList: number[] = [];
  for (let k = 0; k < children.length; k++) {
    edgeFrom.push(edgeTo.length);
    for (const [code, to] of [...children[k]].sort((a, b) => a[0] - b[0])) {
      labels.push(String.fromCharCode(code));
      edgeTo.push(to);
    }
    acceptFrom.push(acceptList.length);
    acceptList.push(...accepting[k]);
  }
  edgeFrom.push(edgeTo.length);
  acceptFrom.push(acceptList.length);
  return { edgeFrom, edgeChars: labels.join(''), edgeTo, acceptFrom, acceptList, patterns, maxDepth };
}

/** The child of `node` along the edge labelled `code`, or -1. */
function child(trie: CompiledTerms, node: number, code: number): number {
  const { edgeFrom, edgeChars, edgeTo } = trie;
  let lo = edgeFrom[node];
  let hi = edgeFrom[node + 1] - 1;
  // Binary search: the root has an edge per first letter, inner nodes one or two.
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = edgeChars.charCodeAt(mid);
    if (c === code) return edgeTo[mid];
    if (c < code) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

const URL_RE =
  /(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"']+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)*\.(?:nl|com|org|net|eu|int|gov|be|de|uk|info|io|fr|edu|co)\b(?:\/[^\s<>"']*)?/gi;

/**
 * What every match of URL_RE contains: "://", "www.", or "." or "@" before a word character
 * (a domain's next label, an address's domain). Found natively; the pattern then runs on the
 * token around it. A sentence's full stop ("jaar. De") is none of these.
 */
const URL_MARK = /[.@][\w-]|:\/\/|www\./gi;

/**
 * Spans (normalised offsets) of URLs, bare domains and e-mail addresses.
 *
 * Every match contains one of URL_MARK's marks and never white space, so the pattern only
 * runs on the white-space-delimited tokens holding a mark — the same matches as running it
 * over the whole text, without trying it at every word of ordinary prose.
 */
export function findUrlSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const n = text.length;
  const marks = URL_MARK;
  marks.lastIndex = 0;
  while (marks.test(text)) {
    const i = marks.lastIndex - 1;
    let s = i;
    while (s > 0 && !isJsSpaceCode(text.charCodeAt(s - 1))) s--;
    let e = i + 1;
    while (e < n && !isJsSpaceCode(text.charCodeAt(e))) e++;
    const token = text.slice(s, e);
    URL_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = URL_RE.exec(token))) {
      if (m[0].length === 0) {
        URL_RE.lastIndex++;
        continue;
      }
      spans.push([s + m.index, s + m.index + m[0].length]);
    }
    marks.lastIndex = e;
  }
  return spans;
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

/** Where `part` ends when it starts within GAP_WORDS words after `from`, or -1. */
function gapEnd(t: string, from: number, part: GapPart): number {
  const n = t.length;
  let i = from;
  for (let skipped = 0; skipped <= GAP_WORDS; skipped++) {
    while (i < n && isNormalisedSpaceCode(t.charCodeAt(i))) i++;
    if (i >= n) return -1;
    if (t.startsWith(part.key, i)) {
      const e = wordEnd(t, i + part.key.length, part.star, part.inflect);
      if (e >= 0) return e;
    }
    // Skip one word (or one mark); a sentence end stops the search. "43.000" is one word, and
    // a number is skipped for free.
    const c = t.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 59 || c === 10) return -1;
    if (isWordCode(c)) {
      const from = i;
      while (i < n && (isWordCode(t.charCodeAt(i)) || ((t[i] === '.' || t[i] === ',') && isAsciiDigitCode(t.charCodeAt(i - 1)) && isAsciiDigitCode(t.charCodeAt(i + 1))))) i++;
      if (isAsciiDigitCode(t.charCodeAt(from))) skipped--;
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

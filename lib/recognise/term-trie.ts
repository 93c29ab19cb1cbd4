/**
 * The term lexicon's surface forms compiled once into a trie over folded text (the matching
 * pass is terms.ts).
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
 *   matches "-" only;
 * - " … " in a form is a gap of up to GAP_WORDS other words ("vroegen … asiel aan"), or up to
 *   GAP_WORDS_CLAUSE where its last word is a Dutch particle that closes the clause (terms.ts).
 *
 * The compiled form is plain JSON (flat arrays of numbers, one string of edge labels, the
 * pattern table): the background caches it and sends it to a content script, which uses it
 * as is.
 */
import { fold } from './normalise';
import type { Lang } from './types';

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
/** How many a gap before a Dutch particle that closes its clause may stand for (terms.ts). */
export const GAP_WORDS_CLAUSE = 10;
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
  // Flattened breadth first, each node's edges in label order: the node an edge leads to is
  // numbered after every node before it, so edge e leads to node e + 1 (packTerms relies on it).
  const edgeFrom: number[] = [];
  const edgeTo: number[] = [];
  const labels: string[] = [];
  const acceptFrom: number[] = [];
  const acceptList: number[] = [];
  const queue = [0];
  for (let q = 0; q < queue.length; q++) {
    const k = queue[q];
    edgeFrom.push(edgeTo.length);
    for (const [code, to] of [...children[k]].sort((a, b) => a[0] - b[0])) {
      labels.push(String.fromCharCode(code));
      queue.push(to);
      edgeTo.push(queue.length - 1);
    }
    acceptFrom.push(acceptList.length);
    acceptList.push(...accepting[k]);
  }
  edgeFrom.push(edgeTo.length);
  acceptFrom.push(acceptList.length);
  return { edgeFrom, edgeChars: labels.join(''), edgeTo, acceptFrom, acceptList, patterns, maxDepth };
}

/**
 * A compiled trie in a form about a fifth of its JSON size, for keeping between background
 * starts (the browser hands a woken worker 1.5 MB of JSON markedly slower than 0.4 MB). The
 * counts of edges and of accepted patterns per node are one character each (offset by CHAR_0),
 * edge targets are implied (breadth-first numbering), and patterns are columns with their
 * concept ids listed once.
 */
export interface PackedTerms {
  edgeCounts: string;
  edgeChars: string;
  acceptCounts: string;
  acceptList: number[];
  ids: string[];
  /** Per pattern: index into `ids`, flags (FLAG), length. */
  columns: [number[], number[], number[]];
  /** Gapped forms, by pattern index. */
  gaps: [number, GapPart[]][];
  maxDepth: number;
}

const CHAR_0 = 48;
const FLAG = { en: 1, star: 2, caps: 4, inflect: 8, context: 16 } as const;

/** The packed form, or null for a trie not numbered breadth first (compiled by an older version). */
export function packTerms(trie: CompiledTerms): PackedTerms | null {
  if (trie.edgeTo.some((to, e) => to !== e + 1)) return null;
  const counts = (from: number[]) => {
    let out = '';
    for (let k = 0; k + 1 < from.length; k++) out += String.fromCharCode(CHAR_0 + from[k + 1] - from[k]);
    return out;
  };
  const ids: string[] = [];
  const idOf = new Map<string, number>();
  const columns: PackedTerms['columns'] = [[], [], []];
  const gaps: PackedTerms['gaps'] = [];
  trie.patterns.forEach((p, i) => {
    let id = idOf.get(p.concept);
    if (id === undefined) idOf.set(p.concept, (id = ids.push(p.concept) - 1));
    columns[0].push(id);
    columns[1].push((p.lang === 'en' ? FLAG.en : 0) | (p.star ? FLAG.star : 0) | (p.caps ? FLAG.caps : 0) | (p.inflect ? FLAG.inflect : 0) | (p.context ? FLAG.context : 0));
    columns[2].push(p.length);
    if (p.gaps) gaps.push([i, p.gaps]);
  });
  return {
    edgeCounts: counts(trie.edgeFrom),
    edgeChars: trie.edgeChars,
    acceptCounts: counts(trie.acceptFrom),
    acceptList: trie.acceptList,
    ids,
    columns,
    gaps,
    maxDepth: trie.maxDepth,
  };
}

/** The compiled trie again, exactly as packTerms was given it. */
export function unpackTerms(packed: PackedTerms): CompiledTerms {
  const offsets = (counts: string) => {
    const from = new Array<number>(counts.length + 1);
    from[0] = 0;
    for (let k = 0; k < counts.length; k++) from[k + 1] = from[k] + counts.charCodeAt(k) - CHAR_0;
    return from;
  };
  const edgeFrom = offsets(packed.edgeCounts);
  const edgeTo = new Array<number>(packed.edgeChars.length);
  for (let e = 0; e < edgeTo.length; e++) edgeTo[e] = e + 1;
  const [idColumn, flagColumn, lengthColumn] = packed.columns;
  const gapsOf = new Map(packed.gaps);
  const patterns: TermPattern[] = idColumn.map((id, i) => {
    const flags = flagColumn[i];
    const gaps = gapsOf.get(i);
    return {
      concept: packed.ids[id],
      lang: flags & FLAG.en ? 'en' : 'nl',
      length: lengthColumn[i],
      star: !!(flags & FLAG.star),
      caps: !!(flags & FLAG.caps),
      inflect: !!(flags & FLAG.inflect),
      ...(flags & FLAG.context ? { context: true } : {}),
      ...(gaps ? { gaps } : {}),
    };
  });
  return { edgeFrom, edgeChars: packed.edgeChars, edgeTo, acceptFrom: offsets(packed.acceptCounts), acceptList: packed.acceptList, patterns, maxDepth: packed.maxDepth };
}

/** The child of `node` along the edge labelled `code`, or -1. */
export function child(trie: CompiledTerms, node: number, code: number): number {
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

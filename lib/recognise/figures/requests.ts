/**
 * Which requests a bare request noun counts.
 *
 * "aanvragen", "applications" are asylum words only by context (a pack's `contextCues`): on a
 * migration text they read as asylum applications. But a text about permits names the kind of
 * request once and then says "aanvragen" for it: "Ook de aanvragen om als kennismigrant te mogen
 * blijven namen toe. … In 2020 waren het er 13.720." Those are requests of that kind, not asylum
 * applications.
 *
 * Another kind is a concept of another pillar of the migration agenda (asylum, legal migration,
 * return, …; data, not code), or another measure of the noun's own pillar (nareis requests beside
 * asylum requests). A bare request noun
 *  - takes the kind named right after it ("verzoeken voor een vergunning in het kader van
 *    gezinshereniging");
 *  - else takes the kind of the last request named before it, in its sentence or the few before
 *    it in its paragraph ("… aanvragen om als kennismigrant te mogen blijven. Dat jaar kwamen er
 *    22.800 aanvragen binnen."), not past a word of its own kind in its sentence ("Asielzoekers
 *    dienden 30.000 aanvragen in").
 * Words of no pillar ("verblijfsvergunning", "asiel") decide nothing: they are the permit or
 * the policy any request may be for.
 */
import { own } from '../../util/hash';
import type { ConceptInfo } from '../lexicon';
import type { CueHit } from './cues';
import type { Structure } from './structure';
import { REQUEST_NOUNS } from './words';

/** How many sentences back in its paragraph the kind of a bare request noun may be named. */
const KIND_LOOK_BACK = 3;

/**
 * Between a request noun and what it asks for: "om (een)", "voor (een)", "in het kader van", "for
 * (a)" — after the particle of a Dutch verb that split around it ("dienden … aanvragen in voor").
 */
const ASKED_FOR_OPENING = /^\s+(?:(?:in|aan)\s+)?(?:om|voor|tot|in het kader van|for)\s+/u;

/** How far after the opening the kind may be named (a permit's name and its purpose: "een vergunning als kennismigrant"). */
const ASKED_FOR_REACH = 90;

/** Where what a request asks for ends. */
const PHRASE_END = /[,.;:()\d]|\s(?:en|of|and|or)\s/u;

/** A cue naming requests: a bare request noun or a compound ending in one ("asielaanvragen", "asylum applications"). */
const REQUEST_WORD = /(?:aanvra(?:ag|gen)|verzoek(?:en)?|applications?|requests?|claims?)$/u;

type Concepts = Readonly<Record<string, ConceptInfo>>;

/** A concept as the measure or policy it stands for (a counting rule stands for what it refines). */
const base = (concepts: Concepts, id: string) => own(concepts, id)?.refines ?? id;

function pillarOf(h: CueHit, concepts: Concepts): number | undefined {
  for (const id of h.concepts) {
    const p = own(concepts, base(concepts, id))?.pillar;
    if (p !== undefined) return p;
  }
  return undefined;
}

/** The measure a cue reads as, else its first concept. */
function readingOf(h: CueHit, concepts: Concepts): string {
  return base(concepts, h.concepts.find((id) => own(concepts, id)?.measure) ?? h.concepts[0]);
}

/** One measure the other's family, or broader or narrower: requests of one kind. */
function related(concepts: Concepts, a: string, b: string): boolean {
  if (a === b) return true;
  const ca = own(concepts, a);
  const cb = own(concepts, b);
  if (ca?.family && ca.family === cb?.family) return true;
  return (ca?.broader ?? []).includes(b) || (cb?.broader ?? []).includes(a);
}

/**
 * Whether `h` names another kind than the noun's reading (`noun`, of `pillar`): 'other' (another
 * pillar, or another measure of it), 'same', or 'none' (a word of no pillar decides nothing).
 */
function kindOf(h: CueHit, noun: string, pillar: number, concepts: Concepts): 'other' | 'same' | 'none' {
  const p = pillarOf(h, concepts);
  if (p === undefined) return 'none';
  if (p !== pillar) return 'other';
  const reading = readingOf(h, concepts);
  return !related(concepts, reading, noun) && own(concepts, reading)?.measure ? 'other' : 'same';
}

/**
 * The cues of sentence `si` with each bare request noun read as the kind of request its text
 * names, where that is another kind than the noun's own reading.
 */
export function requestsOfKind(hits: CueHit[], si: number, st: Structure, t: string, cuesOf: (si: number) => CueHit[], concepts: Concepts): CueHit[] {
  if (!hits.some((h) => !h.term && REQUEST_NOUNS.has(t.slice(h.start, h.end)))) return hits;
  const sentence = st.sentences[si];
  const out: CueHit[] = [];
  for (const r of hits) {
    const pillar = !r.term && REQUEST_NOUNS.has(t.slice(r.start, r.end)) ? pillarOf(r, concepts) : undefined;
    const noun = readingOf(r, concepts);
    // (Those before it in its sentence as already read: "22.840 aanvragen …, tegen 13.710 aanvragen".)
    const asked = pillar === undefined ? 'keep' : askedRightAfter(r, hits, t, sentence.end, noun, pillar, concepts);
    const kind = asked === undefined ? namedBefore(out, si, st, t, cuesOf, noun, pillar!, concepts) : asked === 'keep' ? undefined : asked;
    out.push(kind ? { ...r, concepts: kind.concepts } : r);
  }
  return out;
}

/**
 * The kind named right after the noun ("aanvragen om een vergunning als kennismigrant") when
 * another; 'keep' when it is the noun's own; undefined when nothing after it names a kind.
 */
function askedRightAfter(r: CueHit, hits: CueHit[], t: string, end: number, noun: string, pillar: number, concepts: Concepts): CueHit | 'keep' | undefined {
  const open = ASKED_FOR_OPENING.exec(t.slice(r.end, Math.min(end, r.end + 24)));
  if (!open) return undefined;
  const from = r.end + open[0].length;
  // (The phrase ends at a clause mark, a number or a conjunction: what comes after it is said of
  // the requests, or is another kind — "applications for asylum and family reunification".)
  const stop = PHRASE_END.exec(t.slice(from, Math.min(end, from + ASKED_FOR_REACH)));
  const to = stop ? from + stop.index : Math.min(end, from + ASKED_FOR_REACH);
  for (const h of hits) {
    if (h.start < from || h.end > to) continue;
    const kind = kindOf(h, noun, pillar, concepts);
    // (The noun's own kind named, "verzoeken om internationale bescherming", keeps its reading.)
    if (kind !== 'none') return kind === 'other' ? h : 'keep';
  }
  // (A request for something of no pillar, "aanvragen voor een verblijfsvergunning", says nothing:
  // the kind named before it may — a permit asked for in a paragraph on knowledge migrants is one.)
  return undefined;
}

/**
 * The kind of the last request named before the noun, in its sentence or the paragraph's few
 * before it, when another; not past a word of the noun's own kind in its sentence ("Asielzoekers
 * dienden 30.000 aanvragen in").
 */
function namedBefore(before: CueHit[], si: number, st: Structure, t: string, cuesOf: (si: number) => CueHit[], noun: string, pillar: number, concepts: Concepts): CueHit | undefined {
  const para = st.sentences[si].para;
  for (let k = si; k >= 0 && k >= si - KIND_LOOK_BACK && st.sentences[k].para === para; k--) {
    const hits = k === si ? before : cuesOf(k);
    for (let j = hits.length - 1; j >= 0; j--) {
      const h = hits[j];
      const kind = kindOf(h, noun, pillar, concepts);
      if (kind === 'none') continue;
      if (REQUEST_WORD.test(t.slice(h.start, h.end))) return kind === 'other' ? h : undefined;
      if (k === si && kind === 'same') return undefined;
    }
  }
  return undefined;
}

/**
 * Place words: where a figure is about (geo.ts) and where people come from (subset.ts).
 *
 * The table is built once from data/places.json (countries with their names, people nouns,
 * adjectives and own asylum bodies in Dutch and English; Dutch provinces, municipalities and
 * reception locations)
 * plus the aggregates a figure can be about (the EU and Eurostat's EU27/EU28/EU+, the world).
 * Matching is the term matcher's (terms.ts): one pass over the text, longest name first, at
 * word starts, whole words only, ignoring case and diacritics.
 */
import placesJson from '../../../data/places.json';
import type { Normalised } from '../normalise';
import { compileForms, type CompiledTerms } from '../term-trie';
import { matchTerms } from '../terms';
import type { GeoScope } from './geo';
import { partitionPoint } from '../../util/sorted';

interface PlaceData {
  code: string;
  kind: 'country' | 'province' | 'municipality' | 'place';
  names: { nl?: string[]; en?: string[] };
  people?: { nl?: string[]; en?: string[] };
  adjectives?: { nl?: string[]; en?: string[] };
  /** A country's own asylum and migration bodies ("BAMF", "Fedasil"): what they count is counted there. */
  authorities?: { nl?: string[]; en?: string[] };
}

export interface PlaceHit {
  /** Normalised offsets of the words. */
  start: number;
  end: number;
  /** "NL", "EU", "EU27", "EU28", "EU+", "world", an ISO code, or "local:<name>". */
  geo: string;
  scope: GeoScope;
  /** After "uit", "from", "afkomstig uit": where people come from, not where they are counted. */
  origin: boolean;
  /** A people noun or adjective ("Syriërs", "Syrische"): the ISO code of that nationality. */
  nationality?: string;
  /** A country's own asylum body ("BAMF", "Fedasil"): where it counts, never where people come from. */
  authority?: true;
}

interface Entry {
  geo: string;
  scope: GeoScope;
  /** People noun or adjective of a country. */
  demonym: boolean;
  authority?: true;
}

/** Aggregates and the Netherlands' own words; order matters only for equal names. */
const AGGREGATES: Array<[string, string, GeoScope]> = [
  ['eu-27', 'EU27', 'eu'], ['eu27', 'EU27', 'eu'], ['eu 27', 'EU27', 'eu'], ['eu-28', 'EU28', 'eu'], ['eu28', 'EU28', 'eu'], ['eu 28', 'EU28', 'eu'],
  ['eu+', 'EU+', 'eu'], ['eu', 'EU', 'eu'], ['e.u.', 'EU', 'eu'], ['europese unie', 'EU', 'eu'], ['european union', 'EU', 'eu'], ['eu-landen', 'EU', 'eu'],
  ['eu-lidstaten', 'EU', 'eu'], ['eu-breed', 'EU', 'eu'], ['lidstaten', 'EU', 'eu'], ['lidstaat', 'EU', 'eu'], ['member states', 'EU', 'eu'],
  ['member state', 'EU', 'eu'], ['europa', 'EU', 'eu'], ['europe', 'EU', 'eu'], ['europees', 'EU', 'eu'], ['europese', 'EU', 'eu'],
  ['european', 'EU', 'eu'], ['schengen', 'EU', 'eu'], ['schengengebied', 'EU', 'eu'], ['the bloc', 'EU', 'eu'], ['bloc-wide', 'EU', 'eu'],
  ['27-nation bloc', 'EU27', 'eu'], ['27-member bloc', 'EU27', 'eu'], ['28-nation bloc', 'EU28', 'eu'], ['28-member bloc', 'EU28', 'eu'],
  ['wereldwijd', 'world', 'world'], ['worldwide', 'world', 'world'], ['wereld', 'world', 'world'], ['world', 'world', 'world'],
  ['globally', 'world', 'world'], ['global', 'world', 'world'],
  ['ons land', 'NL', 'country'], ['holland', 'NL', 'country'], ['dutch', 'NL', 'country'],
];

interface Compiled {
  forms: CompiledTerms;
  /** Pattern id ("p17") → what it names. */
  entries: Map<string, Entry>;
}

let compiled: Compiled | null = null;

/**
 * Every name, people noun and adjective as one trie (term-trie.ts), both languages always
 * applying: all are filed as Dutch forms and looked up as Dutch (placeHits), so every form
 * applies to every text. (Filing each under both languages as well doubled the trie's patterns
 * and the time a woken background took to build it, for no match more.)
 */
function compile(): Compiled {
  const entries = new Map<string, Entry>();
  const sources: Array<{ id: string; forms: { nl: string[] } }> = [];
  const add = (names: string[], e: Entry) => {
    const id = `p${entries.size}`;
    entries.set(id, e);
    sources.push({ id, forms: { nl: names } });
  };
  for (const [name, geo, scope] of AGGREGATES) add([name], { geo, scope, demonym: false });
  for (const p of placesJson as PlaceData[]) {
    const local = p.kind !== 'country';
    const geo = local ? `local:${p.code}` : p.code;
    const scope: GeoScope = p.kind === 'country' ? 'country' : p.kind === 'province' ? 'region' : 'local';
    add([...(p.names.nl ?? []), ...(p.names.en ?? [])], { geo, scope, demonym: false });
    const bodies = [...(p.authorities?.nl ?? []), ...(p.authorities?.en ?? [])];
    if (bodies.length) add(bodies, { geo, scope, demonym: false, authority: true });
    if (p.kind !== 'country') continue;
    // The Netherlands' own adjective ("Nederlandse gemeenten") is where a figure is about.
    add([...(p.people?.nl ?? []), ...(p.people?.en ?? []), ...(p.adjectives?.nl ?? []), ...(p.adjectives?.en ?? [])], { geo, scope, demonym: p.code !== 'NL' });
  }
  return { forms: compileForms(sources), entries };
}

const ORIGIN_BEFORE = /(?:^|\s)(?:uit|vanuit|from|afkomstig uit|afkomstig van|van herkomst|origin(?:ating)? (?:in|from)|fled|ontvlucht|ontvluchtten|gevlucht uit|fleeing)\s*$/;
/** Before "from" a place: what a body published, not people ("figures from", "data from", "cijfers uit"). */
const SOURCE_FROM = /(?:^|\s)(?:figures|data|numbers|statistics|estimates|report|database|cijfers|gegevens|statistieken|rapport)\s+(?:(?:released|published|gepubliceerd)\s+)?(?:from|uit|van|vanuit)\s*$/;

/**
 * A country people left ("forced to leave Ukraine", "who left their houses in Ukraine"): where
 * they come from — not one they were ordered to leave, which counts them there.
 */
const LEFT_BEFORE = /(?:^|\s)(?<!(?:ordered|obliged|required|told|asked) to )(?:leave|left|leaving|verlaten|verlieten|verliet)(?:\s+(?:their|his|her)\s+(?:homes?|houses?|country|homeland)\s+in)?\s*$/;

/**
 * Between two members of a list: a comma or a conjunction, an article and at most one word ("en
 * het buurland"); a bracketed share or count of the member before may stand between, and a
 * ranking goes on with "gevolgd door"/"followed by" ("uit Syrië (40 procent), gevolgd door Eritrea").
 */
const LIST_NEXT = /^\s*(?:\([^()]{0,30}\)\s*)?(?:,|en|of|and|or|,\s*(?:en|of|and|or|gevolgd door|followed by))\s+(?:(?:de|het|the)\s+)?(?:[\p{L}-]+\s+)?$/u;

/**
 * Dutch puts the verb last: "mensen die Oekraïne zijn ontvlucht" come from Ukraine. And a place's
 * adjective before "herkomst"/"origin" says where people come from ("immigranten met een Europese
 * herkomst", "migrants of European origin"), not where they are counted.
 */
const ORIGIN_AFTER = /^\s+(?:(?:(?:zijn|is|waren|was|hebben|hadden)\s+)?(?:ontvlucht|ontvluchtten|ontvluchten|ontvlucht zijn)|(?:(?:hebben|heeft|hadden|had)\s+)?(?:verlieten|verliet|verlaten hebben|verlaten)(?!\s+(?:moesten|moeten))|herkomst|afkomst|origin|descent)\b/;

/** After a country's adjective, a public body of that country (at most one word between: "German federal government"). */
const BODY_AFTER = /^\s+(?:[\p{L}-]+\s+)?(?:asylum (?:service|office|agency|authorities)|migration (?:agency|office|board|service)|immigration (?:service|office|authorities)|interior ministry|ministry of (?:the )?interior|home office|government|authorities|statistics (?:office|agency|bureau)|statistical office|border police|coast ?guard|asieldienst(?:en)?|migratiedienst|immigratiedienst|regering|overheid|autoriteiten|statistiekbureau|kustwacht|grenspolitie)\b/u;

/** A word of a name that starts with a capital. */
const CAPITALISED_WORD = /(?:^|[\s'-])\p{Lu}/u;

/** Every place word of a text (normalised offsets), in reading order. */
export function placeHits(text: string, norm: Normalised): PlaceHit[] {
  compiled ??= compile();
  const { forms, entries } = compiled;
  const t = norm.text;
  let previous = null as { end: number; origin: boolean } | null;
  const hits: PlaceHit[] = [];
  for (const m of matchTerms(text, forms, { lang: 'nl', normalised: norm })) {
    const entry = entries.get(m.concept)!;
    // A town's name is a proper noun: "echt", "best", "grave" in lower case are words ("dat
    // moeten we echt regelen", "the best chance", "grave concern"), not Echt, Best or Grave.
    // (One capital is enough: "provincie Utrecht", "'s-Hertogenbosch".)
    if ((entry.scope === 'region' || entry.scope === 'local') && !CAPITALISED_WORD.test(text.slice(m.start, m.end))) continue;
    // "uit Syrië", "uit andere Europese landen": where people come from; "uit Nederland" is
    // where they left, in the country the text is about. So is the next member of such a list
    // ("uit Eritrea en Syrië", "from Syria, Iraq or Yemen").
    const listed: boolean = !!previous?.origin && m.nStart - previous.end < 40 && LIST_NEXT.test(t.slice(previous.end, m.nStart));
    // (Not the body figures come from: "data from the EU statistics office show …".)
    // ("from around the world", "uit de hele wereld", "from different parts of the world", "uit
    // diverse delen van de wereld": words between that only say how widely.)
    const bare = t.slice(Math.max(0, m.nStart - 40), m.nStart).replace(/(?:\s+(?:andere|ander|other|another|an|a|een|de|het|the|around|all over|across|hele|heel|various|many|all|different|several|verschillende|diverse|vele|alle|(?:parts|corners|regions|delen|uithoeken|hoeken|streken)\s+(?:of|van)))+\s*$/, ' ');
    const origin: boolean =
      entry.geo !== 'NL' &&
      !entry.authority &&
      (listed || ORIGIN_AFTER.test(t.slice(m.nEnd, m.nEnd + 24)) || (ORIGIN_BEFORE.test(bare.slice(-24)) && !SOURCE_FROM.test(bare)) || (entry.scope === 'country' && LEFT_BEFORE.test(t.slice(Math.max(0, m.nStart - 48), m.nStart))));
    // ("the Greek Asylum Service counted 58,661", "de Belgische asieldiensten": a country's
    // adjective before one of its public bodies says where the body counts, not who is counted.)
    const body = entry.demonym && !origin && BODY_AFTER.test(t.slice(m.nEnd, m.nEnd + 48));
    const people = entry.demonym && !body;
    previous = { end: m.nEnd, origin: origin || people };
    hits.push({
      start: m.nStart,
      end: m.nEnd,
      geo: entry.geo,
      scope: entry.scope,
      origin: origin || people,
      ...(people || (origin && entry.scope === 'country') ? { nationality: entry.geo } : {}),
      ...(entry.authority || body ? { authority: true as const } : {}),
    });
  }
  return ownCountry(t, euPlus(t, hits));
}

/** The countries the EU asylum agency adds to the EU in its "EU+" counts. */
const EU_PLUS_MEMBERS = new Set(['NO', 'CH', 'IS', 'LI']);
/** Between the EU and the countries added to it: "plus", "and", "+", a comma, "samen met landen als" ("the EU, Norway and …"). */
const EU_PLUS_JOIN = /^\)?\s*(?:(?:countries|nations|member states|states|lidstaten|landen)\s*)?(?:,\s*)?(?:(?:\+|plus|and|en|as well as|along with|together with|samen met|alsmede)\s*)?(?:(?:andere\s+|other\s+)?(?:landen|countries)\s+(?:als|zoals|like|such as)\s+)?(?:in\s+)?(?:(?:the|de)\s+)?$/;
/**
 * "The Union plus Iceland and Norway", "de EU-landen, Noorwegen en Zwitserland": one area, the
 * EU+, not a list of countries — its figures are the EU asylum agency's, counted over the EU and
 * those few countries together. (Only the countries named right after the EU join it.)
 */
function euPlus(t: string, hits: PlaceHit[]): PlaceHit[] {
  const out: PlaceHit[] = [];
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (h.scope !== 'eu' || h.origin) {
      out.push(h);
      continue;
    }
    // The members added right after the EU: "EU plus Iceland and Norway".
    const joins = (k: number) => {
      const gap = t.slice(hits[k - 1].end, hits[k].start);
      return EU_PLUS_MEMBERS.has(hits[k].geo) && !hits[k].nationality && gap.length < 30 && /\S/.test(gap) && (k === i + 1 ? EU_PLUS_JOIN : LIST_NEXT).test(gap);
    };
    let j = i + 1;
    while (j < hits.length && joins(j)) j++;
    if (j === i + 1) {
      out.push(h);
      continue;
    }
    // ("the European Union (EU) plus Norway …": the name before its abbreviation is that area too.)
    const named = out[out.length - 1];
    if (named && named.scope === 'eu' && /^\s*\(\s*$/.test(t.slice(named.end, h.start))) out[out.length - 1] = { ...named, geo: 'EU+' };
    out.push({ ...h, end: hits[j - 1].end, geo: 'EU+' });
    i = j - 1;
  }
  return out;
}

/**
 * "ons land" is the country the text is written in: the Netherlands, unless the text names
 * Belgium and never the Netherlands — Flemish news says "in ons land" of Belgium.
 */
function ownCountry(t: string, hits: PlaceHit[]): PlaceHit[] {
  const ours = (h: PlaceHit) => h.geo === 'NL' && t.startsWith('ons land', h.start);
  if (!hits.some(ours) || !belgianNews(hits.filter((h) => !ours(h)))) return hits;
  return hits.map((h) => (ours(h) ? { ...h, geo: 'BE' } : h));
}

/** The places of a text that names Belgium as a place and never the Netherlands: Belgian news. */
export function belgianNews(hits: readonly PlaceHit[]): boolean {
  return hits.some((h) => h.geo === 'BE' && !h.origin) && !hits.some((h) => h.geo === 'NL');
}

/** The place words in [from, to) of a list from placeHits. */
export function placeHitsIn(all: readonly PlaceHit[], from: number, to: number): PlaceHit[] {
  const lo = partitionPoint(all.length, (i) => all[i].start < from);
  const out: PlaceHit[] = [];
  for (let i = lo; i < all.length && all[i].start < to; i++) if (all[i].end <= to) out.push(all[i]);
  return out;
}

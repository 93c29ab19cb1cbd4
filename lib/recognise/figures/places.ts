/**
 * Place words: where a figure is about (geo.ts) and where people come from (subset.ts).
 *
 * The table is built once from data/places.json (countries with their names, people nouns and
 * adjectives in Dutch and English; Dutch provinces, municipalities and reception locations)
 * plus the aggregates a figure can be about (the EU and Eurostat's EU27/EU28/EU+, the world).
 * Matching is on normalised text (lower case, no diacritics), longest name first, at word
 * starts; a name counts only as a whole word.
 */
import placesJson from '../../../data/places.json';
import { fold } from '../normalise';
import { isWordCode } from '../chars';
import type { GeoScope } from './geo';

interface PlaceData {
  code: string;
  kind: 'country' | 'province' | 'municipality' | 'place';
  names: { nl?: string[]; en?: string[] };
  people?: { nl?: string[]; en?: string[] };
  adjectives?: { nl?: string[]; en?: string[] };
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
}

interface Entry {
  geo: string;
  scope: GeoScope;
  /** People noun or adjective of a country. */
  demonym: boolean;
}

/** Aggregates and the Netherlands' own words; order matters only for equal names. */
const AGGREGATES: Array<[string, string, GeoScope]> = [
  ['eu-27', 'EU27', 'eu'], ['eu27', 'EU27', 'eu'], ['eu 27', 'EU27', 'eu'], ['eu-28', 'EU28', 'eu'], ['eu28', 'EU28', 'eu'], ['eu 28', 'EU28', 'eu'],
  ['eu+', 'EU+', 'eu'], ['eu', 'EU', 'eu'], ['europese unie', 'EU', 'eu'], ['european union', 'EU', 'eu'], ['eu-landen', 'EU', 'eu'],
  ['eu-lidstaten', 'EU', 'eu'], ['eu-breed', 'EU', 'eu'], ['lidstaten', 'EU', 'eu'], ['lidstaat', 'EU', 'eu'], ['member states', 'EU', 'eu'],
  ['member state', 'EU', 'eu'], ['europa', 'EU', 'eu'], ['europe', 'EU', 'eu'], ['europees', 'EU', 'eu'], ['europese', 'EU', 'eu'],
  ['european', 'EU', 'eu'], ['schengen', 'EU', 'eu'], ['schengengebied', 'EU', 'eu'],
  ['wereldwijd', 'world', 'world'], ['worldwide', 'world', 'world'], ['wereld', 'world', 'world'], ['world', 'world', 'world'],
  ['globally', 'world', 'world'], ['global', 'world', 'world'],
  ['ons land', 'NL', 'country'], ['holland', 'NL', 'country'], ['dutch', 'NL', 'country'],
];

let table: Map<string, Entry> | null = null;
let longest = 1;

function build(): Map<string, Entry> {
  const m = new Map<string, Entry>();
  const add = (name: string, e: Entry) => {
    const k = fold(name, true).replace(/\s+/g, ' ').trim();
    if (!k || m.has(k)) return;
    m.set(k, e);
    longest = Math.max(longest, k.split(' ').length);
  };
  for (const [name, geo, scope] of AGGREGATES) add(name, { geo, scope, demonym: false });
  for (const p of placesJson as PlaceData[]) {
    const local = p.kind !== 'country';
    const geo = local ? `local:${p.code}` : p.code;
    const scope: GeoScope = p.kind === 'country' ? 'country' : p.kind === 'province' ? 'region' : 'local';
    for (const n of [...(p.names.nl ?? []), ...(p.names.en ?? [])]) add(n, { geo, scope, demonym: false });
    if (p.kind !== 'country') continue;
    for (const n of [...(p.people?.nl ?? []), ...(p.people?.en ?? []), ...(p.adjectives?.nl ?? []), ...(p.adjectives?.en ?? [])]) {
      // The Netherlands' own adjective ("Nederlandse gemeenten") is where a figure is about.
      add(n, { geo, scope, demonym: p.code !== 'NL' });
    }
  }
  return m;
}

const ORIGIN_BEFORE = /(?:^|\s)(?:uit|from|afkomstig uit|afkomstig van|van herkomst|origin(?:ating)? (?:in|from)|fled|ontvlucht|ontvluchtten|gevlucht uit|fleeing)\s*$/;

/** The place words in [from, to) of the normalised text. */
export function placeHitsIn(t: string, from: number, to: number): PlaceHit[] {
  table ??= build();
  const out: PlaceHit[] = [];
  let i = from;
  while (i < to) {
    // Next word start.
    while (i < to && !isWordCode(t.charCodeAt(i))) i++;
    if (i >= to) break;
    if (i > 0 && isWordCode(t.charCodeAt(i - 1))) {
      while (i < to && isWordCode(t.charCodeAt(i))) i++;
      continue;
    }
    // Ends of the next `longest` words (a word may hold "-", "+" and "'").
    const ends: number[] = [];
    let j = i;
    for (let w = 0; w < longest && j < to; w++) {
      while (j < to && (isWordCode(t.charCodeAt(j)) || t[j] === '-' || t[j] === '+' || t[j] === "'")) j++;
      ends.push(j);
      if (t[j] !== ' ') break;
      j++;
    }
    let hit: PlaceHit | null = null;
    for (let k = ends.length - 1; k >= 0 && !hit; k--) {
      let e = ends[k];
      let key = t.slice(i, e);
      // "eu-landen" is a name; "nederland-" before a line break is not a word of its own.
      while (key.endsWith('-') || key.endsWith("'")) key = key.slice(0, --e - i);
      const entry = table.get(key) ?? (key.endsWith("'s") ? table.get(key.slice(0, -2)) : undefined);
      if (!entry) continue;
      // "uit Syrië", "uit andere Europese landen": where people come from.
      const origin = entry.geo !== 'NL' && ORIGIN_BEFORE.test(t.slice(Math.max(0, i - 24), i).replace(/(?:\s+(?:andere|other|de|het|the))+\s*$/, ' '));
      hit = {
        start: i,
        end: e,
        geo: entry.geo,
        scope: entry.scope,
        origin: origin || entry.demonym,
        ...(entry.demonym || (origin && entry.scope === 'country') ? { nationality: entry.geo } : {}),
      };
    }
    if (hit) {
      out.push(hit);
      i = hit.end;
    } else {
      while (i < to && isWordCode(t.charCodeAt(i))) i++;
    }
  }
  return out;
}

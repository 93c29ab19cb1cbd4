/**
 * data/places.json, the language resource of places and nationalities the engine imports: one
 * entry per country, province, municipality or place, with unique codes and names that name one
 * place per language (folded as the matcher folds text), and the countries migration news needs.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fold } from '../../../lib/recognise/normalise';

interface PlaceEntry {
  code: string;
  kind: 'country' | 'province' | 'municipality' | 'place';
  names: { nl: string[]; en: string[] };
  people?: { nl: string[]; en: string[] };
  adjectives?: { nl: string[]; en: string[] };
  authorities?: { nl?: string[]; en?: string[] };
}

const places: PlaceEntry[] = JSON.parse(readFileSync(path.resolve(process.cwd(), 'data/places.json'), 'utf8'));
const countries = places.filter((p) => p.kind === 'country');

describe('data/places.json', () => {
  it('is well-formed: known kinds, ISO codes for countries, slugs otherwise, names in both languages', () => {
    const bad: string[] = [];
    for (const p of places) {
      if (!['country', 'province', 'municipality', 'place'].includes(p.kind)) bad.push(`${p.code}: kind ${p.kind}`);
      if (p.kind === 'country' ? !/^[A-Z]{2}$/.test(p.code) : !/^[a-z0-9][a-z0-9-]*$/.test(p.code)) bad.push(`${p.code}: code`);
      for (const lang of ['nl', 'en'] as const) {
        if (!p.names[lang]?.length || p.names[lang].some((n) => !n.trim())) bad.push(`${p.code}: ${lang} names`);
        if (p.kind === 'country' && (!p.people?.[lang]?.length || !p.adjectives?.[lang]?.length)) bad.push(`${p.code}: ${lang} people/adjectives`);
      }
      if (p.kind !== 'country' && (p.people || p.adjectives || p.authorities)) bad.push(`${p.code}: people/adjectives/authorities on a ${p.kind}`);
    }
    expect(bad).toEqual([]);
  });

  it('has unique codes', () => {
    const codes = places.map((p) => p.code);
    expect(codes.filter((c, i) => codes.indexOf(c) !== i)).toEqual([]);
  });

  it('gives every name to one place per language (after folding)', () => {
    for (const lang of ['nl', 'en'] as const) {
      const owner = new Map<string, string>();
      const clashes: string[] = [];
      for (const p of places) {
        for (const n of new Set([...p.names[lang], ...(p.authorities?.[lang] ?? [])].map((x) => fold(x)))) {
          if (owner.has(n)) clashes.push(`${lang} "${n}": ${owner.get(n)} and ${p.code}`);
          owner.set(n, p.code);
        }
      }
      expect(clashes).toEqual([]);
    }
  });

  it('covers the EU/EEA states, the UK, Switzerland, Turkey and the main countries of origin of asylum seekers', () => {
    const eu = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' ');
    const others = 'IS LI NO GB CH TR'.split(' ');
    const origins = 'SY AF ER IQ IR TR YE SO MA DZ NG UA RU GE CO VE BD PK TN LY EG SD SS ET CD CM GN CI SN ML GM AL XK RS MK BA MD BY AM AZ PS LB JO IN LK CN VN PE'.split(' ');
    const have = new Set(countries.map((c) => c.code));
    expect([...eu, ...others, ...origins].filter((c) => !have.has(c))).toEqual([]);
    expect(origins.length).toBeGreaterThanOrEqual(40);
  });

  it('knows how news names the people of the main countries of origin', () => {
    const byCode = new Map(countries.map((c) => [c.code, c]));
    expect(byCode.get('SY')!.people!.nl).toContain('Syriërs');
    expect(byCode.get('ER')!.people!.nl).toContain('Eritreeërs');
    expect(byCode.get('UA')!.people!.nl).toContain('Oekraïners');
    expect(byCode.get('UA')!.adjectives!.nl).toContain('Oekraïense');
    expect(byCode.get('UA')!.people!.en).toContain('Ukrainians');
  });

  it('lists all twelve provinces and the Dutch municipalities and places of migration news', () => {
    expect(places.filter((p) => p.kind === 'province')).toHaveLength(12);
    expect(places.filter((p) => p.kind === 'municipality').length).toBeGreaterThanOrEqual(100);
    const names = new Set(places.flatMap((p) => p.names.nl));
    for (const n of ['Ter Apel', 'Budel', 'Zoutkamp', 'Gilze', 'Assen', 'Amsterdam', 'Den Haag', 'Westerwolde', 'Cranendonck', 'provincie Groningen', 'Groningen']) {
      expect(names.has(n), n).toBe(true);
    }
  });
});

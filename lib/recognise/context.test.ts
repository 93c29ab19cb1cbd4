/**
 * False friends stay quiet: words that are migration terms only in context ("opvang",
 * "instroom", "terugkeer", "migratie", "integratie", "asiel" …), and the page gate: a text
 * that is not about migration gets no figures and only unambiguous terms.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotate } from '../../test/helpers/recognise';
import { compileTerms } from './term-trie';
import { matchTerms } from './terms';
import { normalise } from './normalise';
import { aboutMigration, gateTerms } from './context';

const TRAPS = join(__dirname, '..', '..', 'test', 'fixtures', 'traps');

describe('trap texts: other subjects that share migration words', () => {
  const files = readdirSync(TRAPS).filter((f) => f.endsWith('.txt')).sort();
  it('there are several per category, in Dutch and English', () => {
    const categories = new Set(files.map((f) => f.replace(/-(?:nl|en)-\d+\.txt$/, '')));
    expect(categories.size).toBeGreaterThanOrEqual(8);
    for (const c of categories) expect(files.filter((f) => f.startsWith(`${c}-`)).length, c).toBeGreaterThanOrEqual(4);
    expect(files.filter((f) => f.includes('-nl-')).length).toBeGreaterThanOrEqual(15);
    expect(files.filter((f) => f.includes('-en-')).length).toBeGreaterThanOrEqual(15);
  });
  for (const file of files) {
    it(`${file}: no migration figure, at most one annotation`, () => {
      const raw = readFileSync(join(TRAPS, file), 'utf8');
      const text = raw.replace(/^#.*\n/, '');
      const lang = file.includes('-en-') ? 'en' : 'nl';
      const anns = annotate(text, lang, '2024-06-01');
      expect(anns.filter((a) => a.kind === 'figure').map((a) => a.text)).toEqual([]);
      expect(anns.length, JSON.stringify(anns.map((a) => a.text))).toBeLessThanOrEqual(1);
    });
  }
});

describe('context-only terms', () => {
  it('"return rate" is migration vocabulary only on a migration text (not for birds)', () => {
    const text = readFileSync(join(TRAPS, 'return-en-5.txt'), 'utf8').replace(/^#.*\n/, '');
    expect(annotate(text, 'en', '2024-06-01').map((a) => a.text)).toEqual([]);
    expect(annotate('The EU return rate for rejected asylum seekers stayed low, the Commission said about deportation.', 'en', '2024-06-01').map((a) => a.text)).toContain('return rate');
  });
  it('news spellings of known terms open their card: "statenlozen", "het Europese asielagentschap", "verblijfspapieren"', () => {
    const text = 'Het Europese asielagentschap telde meer statenlozen die asiel aanvroegen; velen wachten nog op verblijfspapieren.';
    const concepts = annotate(text, 'nl', '2024-06-01').filter((a) => a.kind === 'term').map((a) => [a.text, a.concept]);
    expect(concepts).toEqual(expect.arrayContaining([['Europese asielagentschap', 'euaa'], ['statenlozen', 'stateless-person'], ['verblijfspapieren', 'residence-permit']]));
  });
  it('"countries of origin" / "land van herkomst" name migration only on a migration text (not for birds or groceries)', () => {
    const terms = (text: string, lang: 'nl' | 'en') => annotate(text, lang, '2024-06-01').map((a) => a.text);
    expect(terms('Ringing data show that the swallows fly back to their countries of origin in Africa every autumn, the bird society said.', 'en')).toEqual([]);
    expect(terms('Supermarkten moeten het land van herkomst van groente en fruit op het etiket vermelden.', 'nl')).toEqual([]);
    expect(terms('Bij asielaanvragen kijkt de IND naar de veiligheid in de landen van herkomst van asielzoekers.', 'nl')).toContain('landen van herkomst');
  });
  const compiled = compileTerms([
    { id: 'return', terms: { nl: ['terugkeerbeleid'], en: [] }, contextTerms: { nl: ['terugkeer'], en: [] } },
    { id: 'asylum-seeker', terms: { nl: ['asielzoeker'], en: [] } },
    { id: 'ind', terms: { nl: ['IND'], en: ['IND'] }, contextTerms: { nl: [], en: [] } },
  ]);
  const run = (text: string) => {
    const norm = normalise(text);
    const terms = matchTerms(text, compiled, { lang: 'nl', normalised: norm });
    return gateTerms(terms, [], aboutMigration(norm.text, terms, [])).map((m) => text.slice(m.start, m.end));
  };
  it('stay quiet without migration words nearby', () => {
    expect(run('De terugkeer van de spits bij Ajax werd gevierd.')).toEqual([]);
  });
  it('stand near an unambiguous migration term; unambiguous terms always stand', () => {
    expect(run('De terugkeer van afgewezen asielzoekers blijft lastig.')).toEqual(['terugkeer', 'asielzoekers']);
    expect(run('Het terugkeerbeleid werkt.')).toEqual(['terugkeerbeleid']);
  });
});

describe('page gate', () => {
  it('a long text with one passing migration word is not about migration: no figures', () => {
    const filler = 'De economie groeide vorig jaar met 0,9 procent en de werkloosheid bleef stabiel op 3,7 procent. '.repeat(40);
    const text = `${filler}Ook de immigratie droeg bij aan de groei van de beroepsbevolking met 100.000 mensen.`;
    expect(annotate(text).filter((a) => a.kind === 'figure')).toEqual([]);
  });
  it('one anchor in a longer item counts more with context words of other migration concepts beside it', () => {
    const filler = 'Er stierven in die maanden weer meer mensen dan er kinderen werden geboren, zoals al jaren het geval is. ';
    const text = `Het CBS heeft nieuwe bevolkingscijfers. ${filler.repeat(13)}De groei komt geheel van het migratiesaldo: er kwamen 140.000 migranten bij en er gingen er 90.000 weg. Ook over integratie schrijft het bureau.`;
    expect(annotate(text, 'nl', '2024-09-01').some((a) => a.kind === 'figure' && a.text === '140.000')).toBe(true);
    // The same anchor alone in a long text on another subject does not make it a migration text.
    const economy = 'De economie groeide vorig jaar met 0,9 procent en de werkloosheid bleef stabiel op 3,7 procent. '.repeat(30);
    expect(annotate(`${economy}Het migratiesaldo telde mee.`, 'nl', '2024-09-01').filter((a) => a.kind === 'figure')).toEqual([]);
  });
  it('a single sentence with a cue is about migration', () => {
    expect(annotate('In 2025 vroegen 24.000 personen voor het eerst asiel aan.', 'nl', '2026-02-01').filter((a) => a.kind === 'figure').map((a) => a.verdict)).toEqual(['consistent']);
  });
});

describe('irregular travel in news words', () => {
  it('"crossed illegally", "travelling irregularly", "illegaal overgestoken" name irregular border crossing, and make a text about migration', () => {
    const text = 'On average 70 Ghanaians crossed illegally into Europe every day this year, an EU envoy told reporters. In 2014 some 250,000 people were travelling irregularly into Europe; in 2015 the number rose to 1.7 million.';
    const as = annotate(text, 'en', '2016-10-28');
    expect(as.filter((a) => a.kind === 'term').map((a) => [a.text, a.concept])).toEqual([
      ['crossed illegally', 'irregular-border-crossing'],
      ['travelling irregularly', 'irregular-border-crossing'],
    ]);
    expect(as.filter((a) => a.kind === 'figure').map((a) => a.text)).toEqual(['70', 'some 250,000', '1.7 million']);
    expect(annotate('Vorig jaar zijn duizenden mensen illegaal overgestoken naar Griekenland.', 'nl').filter((a) => a.kind === 'term').map((a) => a.concept)).toContain('irregular-border-crossing');
  });
});

describe('a short item without an unambiguous word', () => {
  it('context words of five different migration concepts in a few sentences make it a migration text', () => {
    const item = 'The Dutch population grew by 90,000 last year, only because of migration, Statistics Netherlands said on Friday. Population growth has been slow for three years. More Poles were leaving the Netherlands than arriving.';
    expect(annotate(item, 'en', '2025-02-01').some((a) => a.kind === 'figure' && a.text === '90,000')).toBe(true);
  });
  it('a longer text on another subject with the same words spread over it stays quiet', () => {
    const filler = ' The weather was mild and the shops were busy all week.'.repeat(12);
    const text = `The population of the town grew by 900 last year.${filler} Migration of birds was early.${filler} The statistics office said so. Fewer people were leaving the Netherlands for holidays.${filler}`;
    expect(annotate(text, 'en', '2025-02-01').filter((a) => a.kind === 'figure')).toEqual([]);
  });
});

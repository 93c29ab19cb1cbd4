import { describe, expect, it } from 'vitest';
import { compileTerms } from './term-trie';
import { matchTerms } from './terms';
import { findUrlSpans } from './url-spans';

const concepts = [
  { id: 'asylum-inflow', terms: { nl: ['asielinstroom', 'instroom van asielzoekers'], en: ['asylum inflow'] } },
  { id: 'first-asylum-applications', terms: { nl: ['eerste asielaanvraag', 'eerste asielaanvragen'], en: ['first asylum applications', 'first-time asylum applicants'] } },
  { id: 'asylum-application', terms: { nl: ['asielaanvraag', 'asielaanvragen', 'asielverzoek*'], en: ['asylum application'] } },
  { id: 'asylum-seeker', terms: { nl: ['asielzoeker'], en: ['asylum seeker'] } },
  { id: 'return', terms: { nl: ['terugkeer*'], en: ['return'] } },
  { id: 'ind', terms: { nl: ['IND', 'Immigratie- en Naturalisatiedienst'], en: ['IND'] } },
  { id: 'dtv', terms: { nl: ['DT&V'], en: ['DT&V'] } },
  { id: 'refugee', terms: { nl: ['vluchteling'], en: ['refugee'] } },
  { id: 'coa-centre', terms: { nl: ['asielzoekerscentrum', 'azc'], en: [] } },
];
const compiled = compileTerms(concepts);

function find(text: string, lang: 'nl' | 'en' = 'nl') {
  return matchTerms(text, compiled, { lang }).map((m) => [text.slice(m.start, m.end), m.concept]);
}

describe('matchTerms', () => {
  it('matches whole words ignoring case and diacritics', () => {
    expect(find('De Asielinstroom daalt.')).toEqual([['Asielinstroom', 'asylum-inflow']]);
    expect(find('deasielinstroom daalt')).toEqual([]);
  });
  it('longest match wins', () => {
    expect(find('ruim 38.000 eerste asielaanvragen')).toEqual([['eerste asielaanvragen', 'first-asylum-applications']]);
    expect(find('de asielaanvragen')).toEqual([['asielaanvragen', 'asylum-application']]);
  });
  it('multi-word forms match across line breaks', () => {
    expect(find('eerste\n  asielaanvragen')).toEqual([['eerste\n  asielaanvragen', 'first-asylum-applications']]);
  });
  it('finds forms that are short or have a space among their first characters', () => {
    const short = compileTerms([
      { id: 'eu', terms: { nl: ['EU'], en: [] } },
      { id: 'pact', terms: { nl: ['op migratie', 'de 6 pijlers', 'a3 route'], en: [] } },
    ]);
    const texts = (text: string) => matchTerms(text, short, { lang: 'nl' }).map((m) => text.slice(m.start, m.end));
    expect(texts('De EU besliste; eu en EU.')).toEqual(['EU', 'EU']);
    expect(texts('het pact op\n migratie, de  6 pijlers en de a3 route')).toEqual(['op\n migratie', 'de  6 pijlers', 'a3 route']);
    expect(texts('opmigratie, de6 pijlers, a3route')).toEqual([]);
  });
  it('quote marks around some words of a form do not break it; a possessive still ends it', () => {
    expect(find('De ‘instroom’ van asielzoekers daalde.')).toEqual([['instroom’ van asielzoekers', 'asylum-inflow']]);
    expect(find("De 'eerste asielaanvragen' daalden.")).toEqual([["eerste asielaanvragen", 'first-asylum-applications']]);
    expect(find('De eerste "asielaanvragen" daalden.')).toEqual([['eerste "asielaanvragen', 'first-asylum-applications']]);
    expect(find('The first asylum applications and the asylum seeker’s file.', 'en')).toEqual([
      ['first asylum applications', 'first-asylum-applications'],
      ['asylum seeker', 'asylum-seeker'],
    ]);
  });
  it('star forms take the rest of the word', () => {
    expect(find('Het terugkeerbeleid en de terugkeer.')).toEqual([
      ['terugkeerbeleid', 'return'],
      ['terugkeer', 'return'],
    ]);
    expect(find('asielverzoeken')).toEqual([['asielverzoeken', 'asylum-application']]);
  });
  it('accepts plural and inflection endings of plain forms', () => {
    expect(find('asielzoekers en vluchtelingen')).toEqual([
      ['asielzoekers', 'asylum-seeker'],
      ['vluchtelingen', 'refugee'],
    ]);
    expect(find('refugees and asylum seekers', 'en')).toEqual([
      ['refugees', 'refugee'],
      ['asylum seekers', 'asylum-seeker'],
    ]);
    expect(find('asielzoekerscentra')).toEqual([]);
  });
  it('capital forms are case-sensitive', () => {
    expect(find('De IND en de ind. en DT&V en dt&v')).toEqual([
      ['IND', 'ind'],
      ['DT&V', 'dtv'],
    ]);
    expect(find("de IND's beslissing")).toEqual([["IND's", 'ind']]);
    expect(find('INDIA')).toEqual([]);
  });
  it('joins hyphenated line breaks and soft hyphens', () => {
    const text = 'de asielin-\nstroom en asiel\u00adzoekers';
    expect(find(text)).toEqual([
      ['asielin-\nstroom', 'asylum-inflow'],
      ['asiel\u00adzoekers', 'asylum-seeker'],
    ]);
  });
  it('never matches inside URLs or e-mail addresses', () => {
    expect(find('zie https://ind.nl/asielinstroom of mail asielzoeker@coa.nl en www.azc.nl')).toEqual([]);
    expect(find('zie ind.nl/asielzoeker, daarna asielzoeker')).toEqual([['asielzoeker', 'asylum-seeker']]);
  });
  it('applies other-language forms only when distinctive', () => {
    expect(find('the return of the king', 'en')).toEqual([['return', 'return']]);
    expect(find('return naar huis', 'nl')).toEqual([]);
    expect(find('the asielzoekerscentrum in Ter Apel', 'en')).toEqual([['asielzoekerscentrum', 'coa-centre']]);
  });
  it('a gap stands for a few words, or for the middle field before a Dutch particle that closes the clause', () => {
    const gapped = compileTerms([{ id: 'return', terms: { nl: ['keerde … terug', 'vroeg … asiel aan'], en: [] } }]);
    const found = (text: string) => matchTerms(text, gapped, { lang: 'nl' }).map((m) => text.slice(m.start, m.end));
    expect(found('Vorig jaar keerde maar een kwart terug.')).toEqual(['keerde maar een kwart terug']);
    // Up to ten words apart, the particle closing the clause (before a mark, or before "naar …").
    expect(found('Toen keerde slechts een op de vijf migranten met een vertrekplicht terug naar hun land.')).toEqual([
      'keerde slechts een op de vijf migranten met een vertrekplicht terug',
    ]);
    expect(found('Dat jaar vroeg een grote groep jonge mannen uit het noorden van Afrika asiel aan.')).toEqual(['vroeg een grote groep jonge mannen uit het noorden van Afrika asiel aan']);
    // Not when the particle is part of something else, nor across a clause mark.
    expect(found('Hij keerde de grote groep mensen in de hal de rug toe en terugblikken deed hij niet.')).toEqual([]);
    expect(found('Zij keerde het bord om, maar de rest van de groep kwam pas veel later terug.')).toEqual([]);
    expect(found('Men keerde de brief om en las de lange lijst van namen op de terug gestuurde envelop.')).toEqual([]);
  });

  it('compiled form survives JSON', () => {
    const c2 = JSON.parse(JSON.stringify(compiled));
    expect(matchTerms('de asielinstroom', c2, { lang: 'nl' }).length).toBe(1);
  });
  it('finds every match in 1 MB of text (speed is measured by npm run bench)', () => {
    const s = 'Het aantal eerste asielaanvragen in Nederland steeg naar ruim 38.000, de IND meldt terugkeerbeleid. '.repeat(10500);
    const m = matchTerms(s, compiled, { lang: 'nl' });
    expect(m.length).toBe(3 * 10500);
  });
});

describe('findUrlSpans', () => {
  it('finds addresses, domains and links, and nothing in prose, numbers or sentence ends', () => {
    const text = 'zie www.ind.nl, mail info@coa.nl of HTTPS://x.y/z?a=1; einde. 38.000 mensen: ja. WWW.(x)';
    const spans = findUrlSpans(text).map(([s, e]) => text.slice(s, e));
    expect(spans).toEqual(['www.ind.nl,', 'info@coa.nl', 'HTTPS://x.y/z?a=1;', 'WWW.(x)']);
  });
});

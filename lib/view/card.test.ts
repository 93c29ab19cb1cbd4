/**
 * Card models for figures checked against several official definitions (issue 9), on the
 * real bundled packs merged as the extension merges them.
 */
import { describe, expect, it } from 'vitest';
import { loadBundledPacks, withBundledRefines } from '../factbase/bundled';
import { snapshotFromPacks } from '../factbase/memory';
import { compileLexicon, recognise } from '../recognise/recognise';
import { buildCardModel } from './card';
import { indexSnapshot } from '../factbase/snapshot-index';
import type { Lang } from '../factbase/schema';

const snap = snapshotFromPacks(loadBundledPacks());
const lexicon = compileLexicon(withBundledRefines(snap));
const index = indexSnapshot(snap);

function card(text: string, lang: Lang, published: string) {
  const a = recognise(text, lexicon, { lang, published }).annotations.find((x) => x.kind === 'figure');
  if (!a) throw new Error(`no figure in ${text}`);
  const m = buildCardModel(a, index, lang);
  if (!m) throw new Error('no card');
  return m;
}

describe('figure card: counting rules', () => {
  const m = card('Vorig jaar dienden ruim 38.000 mensen hun eerste asielaanvraag in.', 'nl', '2024-03-01');
  const counts = m.figure!.counts!;

  it('names the measure and the period it understood', () => {
    expect(m.verdict).toBe('consistent');
    expect(counts.measure).toBe('Eerste asielaanvragen');
    expect(counts.period).toBe('2023');
  });
  it('gives each fitting definition with its figure, source, counting rule and backing', () => {
    const cbs = counts.definitions.find((d) => d.concept === 'stat-first-asylum-cbs')!;
    expect(cbs).toMatchObject({ verdict: 'consistent', period: '2023', figure: '> 38.000', factId: 'nl-first-2023-cbs' });
    expect(cbs.publisher).toMatch(/CBS/);
    expect(cbs.rule).toMatch(/zonder nareizigers/);
    expect(cbs.backing).toMatchObject({ kind: 'evidence', confidence: 'medium', published: '2024-02' });
    expect(cbs.backing.via).toMatch(/Hague Online/);
    expect(counts.definitions.map((d) => d.concept)).toContain('stat-first-asylum-ind');
    expect(counts.definitions[0].factId).toBe(m.figure!.counts!.definitions[0].factId);
  });
  it('explains the other official count of the same year', () => {
    const total = counts.others.find((o) => o.concept === 'stat-total-inflow-ind');
    expect(total).toMatchObject({ period: '2023', figure: '50.720' });
    expect(total!.rule).toMatch(/nareizigers/);
  });
  it('draws the series of the measure the verdict used, with the page year marked and sources on the points', () => {
    expect(m.series!.points.length).toBeGreaterThan(5);
    const current = m.series!.points.filter((p) => p.current);
    expect(current.map((p) => p.period)).toEqual(['2023']);
    expect(m.series!.label).toMatch(/CBS/);
    for (const p of m.series!.points) expect(p.label).toMatch(/CBS/);
  });
  it('says how recent the newest figure of that measure is', () => {
    expect(counts.freshness).toMatchObject({ beyond: false, publisher: expect.stringMatching(/CBS/) });
    expect(counts.freshness!.period.startsWith('2025')).toBe(true);
  });
  it('fact lines say which kind of backing they have', () => {
    expect(m.facts[0].backing.kind).toBe('evidence');
    const term = recognise('De zes pijlers van de integrale migratieagenda.', lexicon, { lang: 'nl' }).annotations.find((a) => a.kind === 'term' && a.concept === 'integrale-migratieagenda');
    const tm = term && buildCardModel(term, index, 'nl');
    if (tm?.facts.length) expect(tm.facts[0].backing.kind).toBe('quote');
  });
});

describe('figure card: a later period than the pack holds', () => {
  const m = card('In 2026 vroegen 30.000 mensen voor het eerst asiel aan.', 'nl', '2027-02-01');
  it('says so instead of comparing', () => {
    expect(m.verdict).toBeNull();
    expect(m.figure!.counts!.definitions).toEqual([]);
    expect(m.figure!.counts!.freshness).toMatchObject({ beyond: true, pagePeriod: '2026', period: '2025-Q4' });
    expect(m.figure!.sourceFigure).toBeUndefined();
  });
});

describe('figure card: differing definitions in English', () => {
  const m = card('In 2019, 25,600 foreign nationals left the Netherlands independently.', 'en', '2020-03-01');
  it('lists the DT&V caseload beside the national figure, never a false differs', () => {
    expect(m.verdict).toBe('consistent');
    const byConcept = Object.fromEntries(m.figure!.counts!.definitions.map((d) => [d.concept, d.verdict]));
    expect(byConcept['stat-departures-national']).toBe('consistent');
    expect(byConcept['stat-dtv-independent']).toBe('differs');
    expect(m.figure!.counts!.definitions[0].concept).toBe('stat-departures-national');
    expect(m.figure!.counts!.definitions[0].label).toMatch(/left independently/);
  });
});

describe('figure card: what was read, and why no verdict', () => {
  it('shows the claim slot by slot: measure, area, period, modality, the figure in words', () => {
    const m = card('Vorig jaar dienden ruim 38.000 mensen hun eerste asielaanvraag in.', 'nl', '2024-03-01');
    expect(m.figure!.understood).toBe('eerste asielaanvragen · NL · 2023 · gerealiseerd · ruim 38.000');
    expect(m.figure!.why).toBeUndefined();
    const e = card('Last year, more than 38,000 people requested asylum for the very first time in the Netherlands.', 'en', '2024-03-01');
    expect(e.figure!.understood).toBe('first asylum applications · NL · 2023 · realised · more than 38,000');
  });
  it('a forecast says why it gets no verdict', () => {
    const m = card('Het ministerie verwacht dat volgend jaar 50.000 mensen voor het eerst asiel aanvragen.', 'nl', '2024-03-01');
    expect(m.verdict).not.toBe('differs');
    expect(m.figure!.understood).toContain('verwachting');
    expect(m.figure!.why).toMatch(/verwachting, capaciteit, doel of behoefte is geen telling/);
  });
  it('a figure of another counting rule names the count it matches', () => {
    const m = card('In 2019 vroegen 30.000 mensen voor het eerst asiel aan.', 'nl', '2020-03-01');
    expect(m.verdict).toBe('context');
    expect(m.figure!.why).toMatch(/komt overeen met .*2019.*andere telwijze/);
  });
});

describe('figure card: a source figure published after the text', () => {
  it('says the text may report an earlier release, in both languages, instead of accusing it', () => {
    const text = 'Immigration pushed the population up, CBS said. In 2019 roughly 272,200 people settled in the Netherlands.';
    const e = card(text, 'en', '2020-01-31');
    expect(e.verdict).toBe('context');
    expect(e.figure!.why).toMatch(/published after this text: it may report an earlier or provisional release/);
    expect(card('Het CBS telde de immigratie. In 2019 kwamen ongeveer 272.200 immigranten naar Nederland.', 'nl', '2020-01-31').figure!.why).toMatch(/verscheen na deze tekst/);
    // Written after the source's figure: the difference stands.
    expect(card(text, 'en', '2025-01-31').verdict).toBe('differs');
  });
});

describe('figure card: a figure the source revised', () => {
  it('a figure equal to the revision says what was first published and what it was revised to', () => {
    const m = card('In het derde kwartaal van 2025 dienden 6.740 mensen hun eerste asielaanvraag in.', 'nl', '2026-03-01');
    expect(m.verdict).toBe('consistent');
    const cbs = m.figure!.counts!.definitions.find((d) => d.concept === 'stat-first-asylum-cbs')!;
    expect(cbs.figure).toBe('6.740');
    expect(cbs.revised).toEqual({ first: { figure: '6.800', published: '2025-11-03' }, latest: { figure: '6.740', published: '2026' }, isLatest: true });
  });
  it('a figure equal to the first release agrees with it, and the card says it was revised later', () => {
    const m = card('In het derde kwartaal van 2025 dienden 6.800 mensen hun eerste asielaanvraag in.', 'nl', '2025-11-10');
    expect(m.verdict).toBe('consistent');
    const cbs = m.figure!.counts!.definitions.find((d) => d.concept === 'stat-first-asylum-cbs')!;
    expect(cbs.figure).toBe('6.800');
    expect(cbs.revised).toMatchObject({ first: { figure: '6.800' }, latest: { figure: '6.740' }, isLatest: false });
  });
  it('a figure with a single release has no revision line', () => {
    const m = card('In 2025 vroegen 24.000 personen voor het eerst asiel aan.', 'nl', '2026-02-10');
    for (const d of m.figure!.counts!.definitions) expect(d.revised).toBeUndefined();
  });
});

describe('figure card: a figure of another period given under the stated one', () => {
  it('says which period the number is the figure of, in the reader\'s language', () => {
    const nl = card('In 2022 vroegen in Nederland 24.700 personen voor het eerst asiel aan.', 'nl', '2023-03-10');
    expect(nl.verdict).toBe('differs');
    expect(nl.figure!.otherPeriod).toMatch(/^het getal is gelijk aan .*2021.*24\.7/);
    const en = card('In 2022, 24,700 people requested asylum for the very first time in the Netherlands.', 'en', '2023-03-10');
    expect(en.verdict).toBe('differs');
    expect(en.figure!.otherPeriod).toMatch(/^it equals .*2021.*24,7/);
  });
  it('a differs without such a match has no such line', () => {
    const m = card('In 2022 vroegen in Nederland 30.000 personen voor het eerst asiel aan.', 'nl', '2023-03-10');
    expect(m.verdict).toBe('differs');
    expect(m.figure!.otherPeriod).toBeUndefined();
  });
});

/**
 * Net migration said without its name: "N meer mensen vestigden zich hier dan er vertrokken",
 * "N more people settled in the country than left", "immigration exceeded emigration by N" (the
 * thesaurus's cues), and how far a net figure may lie from the final count and still be an
 * early estimate of it (verdicts.ts).
 */
import { describe, expect, it } from 'vitest';
import { figure, figures } from '../../../test/helpers/recognise';

// (CBS: net migration of 80,665 in 2017 and 79,194 in 2016.)
describe('net migration in other words', () => {
  it('"N meer mensen … dan er vertrokken" is the migration balance, a level', () => {
    const text = 'Volgens de migratiecijfers van het CBS vestigden zich in 2017 ruim 80.000 meer mensen in Nederland dan er vertrokken.';
    const f = figure(text, '80.000', 'nl', '2018-10-01');
    expect(f.claim!.aggregation.value).toBe('level');
    expect(f).toMatchObject({ verdict: 'consistent', concept: expect.stringMatching(/net-migration/) });
  });
  it('so are "N more people … than left" and a count by which the arrivals outstripped those leaving', () => {
    const settled = 'Immigration to the Netherlands kept rising. In 2017 some 81,000 more people settled in the country than left it, the statistics office said.';
    expect(figure(settled, '81,000', 'en', '2018-10-01')).toMatchObject({ verdict: 'consistent', concept: expect.stringMatching(/net-migration/) });
    const outstripped = 'Statistics Netherlands published its migration figures. In 2017 newcomers outstripped the count of those leaving by 81,000.';
    expect(figure(outstripped, '81,000', 'en', '2018-10-01').concept).toMatch(/net-migration/);
  });
  it('"meer dan er vertrokken" after a count of arrivals leaves that count an immigration figure', () => {
    const text = 'In 2017 vestigden zich 235.000 mensen in Nederland, meer dan er vertrokken. Ook de immigratie steeg.';
    expect(figure(text, '235.000', 'nl', '2018-10-01').concept).toMatch(/immigration/);
  });
  it('the words after a part ("…, waarvan 80 duizend omdat …") are the part\'s, not the whole\'s', () => {
    const text = 'In 2015 groeide de bevolking met 78 duizend mensen. In 2016 met bijna 110 duizend, waarvan 80 duizend omdat er meer mensen naar Nederland kwamen dan er vertrokken.';
    const read = figures(text, 'nl', '2017-01-05').map((f) => [f.text, f.concept]);
    expect(read).toContainEqual(['80 duizend', expect.stringMatching(/net-migration/)]);
    expect(read.some(([t, c]) => !!t?.includes('110 duizend') && /net-migration/.test(c ?? ''))).toBe(false);
  });
  it('an "immigratieoverschot" is net migration', () => {
    const text = 'De bevolking groeide in 2016 vooral door migratie: het immigratieoverschot bedroeg 79.000 mensen.';
    expect(figure(text, '79.000', 'nl', '2017-09-01')).toMatchObject({ verdict: 'consistent', concept: expect.stringMatching(/net-migration/) });
  });
  it('so is an "immigratiesaldo", arrivals less departures, not the arrivals', () => {
    const text = 'Er kwamen dat jaar veel meer mensen bij dan er weggingen: het immigratiesaldo kwam in 2016 uit op zo’n 79.000 mensen.';
    expect(figure(text, 'zo’n 79.000', 'nl', '2017-09-01')).toMatchObject({ verdict: 'consistent', concept: expect.stringMatching(/net-migration/) });
  });
});

describe('a net figure beside the final count published after the text', () => {
  it('10% off may be an early estimate (a net figure is revised by as many persons as its flows): no accusation', () => {
    const f = figure('Het migratiesaldo kwam in 2016 uit op 87.000.', '87.000', 'nl', '2017-08-01');
    expect(f).toMatchObject({ verdict: 'context', reason: { why: 'later-release' } });
  });
  it('far beyond any revision it is still wrong', () => {
    expect(figure('Het migratiesaldo kwam in 2016 uit op 120.000.', '120.000', 'nl', '2017-08-01').verdict).toBe('differs');
  });
});

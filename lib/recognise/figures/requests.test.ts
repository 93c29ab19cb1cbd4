/**
 * A bare request noun ("aanvragen", "applications") counts the kind of request its text named
 * (requests.ts): a permit for a knowledge migrant, family reunification, nareis — not asylum
 * applications because the text is about migration.
 */
import { describe, expect, it } from 'vitest';
import { figure } from '../../../test/helpers/recognise';

// (13,720: CBS's first asylum requests of 2020, a figure the bundled material holds.)
describe('a bare request noun after the kind of request was named', () => {
  it('counts requests for a knowledge migrant\'s permit named sentences before: no endorsement as asylum applications', () => {
    const text =
      'Werkgevers haalden in 2021 weer meer kennismigranten naar Nederland. Ook de aanvragen om als kennismigrant te mogen blijven namen dat jaar met ruim de helft toe. In 2021 kwamen er 22.800 aanvragen binnen. In 2020 waren het er 13.720 aanvragen.';
    const f = figure(text, '13.720', 'nl', '2022-02-01');
    expect(f.verdict).toBeNull();
    expect(f.concept).not.toMatch(/asylum/);
  });
  it('so in English, where the kind is named right after "for"', () => {
    const text =
      'Employers brought in fewer skilled workers during the pandemic. Applications for highly skilled migrants dropped by a third. In 2020, 13,720 applications were made, down from about 21,000.';
    const f = figure(text, '13,720', 'en', '2021-05-01');
    expect(f.verdict).toBeNull();
    expect(f.concept).not.toMatch(/asylum/);
  });
  it('counts the kind named right after it in its own sentence', () => {
    const f = figure('In 2020 dienden gezinnen 13.720 aanvragen in voor een verblijfsvergunning als kennismigrant.', '13.720', 'nl', '2021-03-01');
    expect(f.verdict).toBeNull();
  });
  it('counts nareis requests when the sentence before spoke of them last', () => {
    const text = 'Er kwamen minder asielaanvragen binnen, maar het aantal nareisverzoeken nam toe. In 2020 waren het er 13.720 aanvragen.';
    expect(figure(text, '13.720', 'nl', '2021-03-01').concept).toMatch(/nareis/);
  });
});

describe('a bare request noun that stays an asylum word', () => {
  it('after asylum applications were named last', () => {
    const text = 'Het aantal asielaanvragen daalde in 2020 door de pandemie. Dat jaar kwamen er 13.720 aanvragen binnen.';
    expect(figure(text, '13.720', 'nl', '2021-03-01').verdict).toBe('consistent');
  });
  it('where it asks for asylum itself ("verzoeken om asiel")', () => {
    const text = 'Het aantal mensen dat in Nederland bescherming zocht, daalde. In 2020 kwamen er 13.720 verzoeken om asiel binnen.';
    expect(figure(text, '13.720', 'nl', '2021-03-01').verdict).toBe('consistent');
  });
  it('where what it asks for is of its own kind, after another kind was named ("aanvragen voor een asielvergunning")', () => {
    const text = 'Er kwamen meer aanvragen voor een vergunning als kennismigrant binnen. In 2020 kwamen er 13.720 aanvragen voor een asielvergunning binnen.';
    expect(figure(text, '13.720', 'nl', '2021-03-01').verdict).toBe('consistent');
  });
  it('where its own sentence names asylum seekers after another kind was named', () => {
    const text = 'Er kwamen meer aanvragen voor een verblijfsvergunning als kennismigrant. Asielzoekers dienden in 2020 13.720 aanvragen in.';
    expect(figure(text, '13.720', 'nl', '2021-03-01').concept).toMatch(/asylum/);
  });
});

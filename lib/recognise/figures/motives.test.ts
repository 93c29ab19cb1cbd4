/** Immigration told by motive: its totals may leave out the country's own nationals. */
import { describe, expect, it } from 'vitest';
import { figure } from '../../../test/helpers/recognise';
import { toldByMotive } from './motives';

describe('a text that tells immigration by motive', () => {
  it('is one that names the motive statistics or two kinds of motive', () => {
    expect(toldByMotive('het cbs onderzocht de beweegredenen van nieuwkomers')).toBe(true);
    expect(toldByMotive('de meesten komen om te werken, anderen voor hun gezin')).toBe(true);
    expect(toldByMotive('most came to work or to study')).toBe(true);
    expect(toldByMotive('vooral arbeidsmigranten en oekraïners kwamen naar nederland')).toBe(false);
    // The reason people came, asked in words: the motive statistics too; work sought as a class of motive.
    expect(toldByMotive('werk blijft de voornaamste reden om naar ons land te komen')).toBe(true);
    expect(toldByMotive('family is the main reason for coming to the netherlands')).toBe(true);
    expect(toldByMotive('sommigen kwamen voor hun gezin, anderen op zoek naar werk')).toBe(true);
  });
  it('"van de 160.000 immigranten kwam een derde voor een familielid", in a text on why people came: read weakly', () => {
    const text = 'Familie blijft voor nieuwkomers de voornaamste reden om naar ons land te komen. Van de 160.000 immigranten kwam in 2015 een derde voor een familielid dat hier al woonde.';
    expect(figure(text, '160.000', 'nl', '2017-07-01').verdict).not.toBe('differs');
  });
  it('its immigrants counted in a year may agree with the whole immigration but are not accused by it', () => {
    const text = 'Waarom komen migranten naar Nederland? Het CBS zocht het uit: de meesten komen om te werken, velen ook voor hun gezin.\n\nIn 2018 vestigden zich 191.000 immigranten in ons land.';
    expect(figure(text, '191.000', 'nl', '2020-07-01').verdict).not.toBe('differs');
    expect(figure(text.replace('191.000', '243.700'), '243.700', 'nl', '2020-07-01').verdict).toBe('consistent');
  });
  it('a text with one kind of motive only still accuses a wrong immigration total', () => {
    const text = 'Vooral arbeidsmigranten en Oekraïners kwamen naar Nederland.\n\nIn 2018 vestigden zich 191.000 immigranten in ons land.';
    expect(figure(text, '191.000', 'nl', '2020-07-01').verdict).toBe('differs');
  });
});

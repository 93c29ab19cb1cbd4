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

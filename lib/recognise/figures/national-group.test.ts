/** Groups of one nationality (national-group.ts), on sentences written for these tests. */
import { describe, expect, it } from 'vitest';
import { figure } from '../../../test/helpers/recognise';
import type { ConceptInfo } from '../lexicon';
import { nationalGroup } from './national-group';

describe('a group counted by its nationality', () => {
  it('"vluchtelingen met de Oekraïense nationaliteit" count the Ukrainians received, not asylum applications of Ukrainians', () => {
    const text = 'Van de 105.500 vluchtelingen met de Oekraïense nationaliteit woonde ruim de helft op 1 oktober 2023 in een huurwoning.';
    const f = figure(text, '105.500', 'nl', '2024-01-15');
    expect(f.claim!.measure.value).toBe('ukrainian-refugees-received');
    expect(f.claim!.subset.value).toBeNull();
    // The whole the sentence opens with is counted at the time its part is.
    expect(f.claim!.period.value).toBe('2023-10-01');
    expect(f).toMatchObject({ verdict: 'consistent', comparison: { sourceValue: 105500 } });
  });
  it('a bare group count never accuses, whatever nationality it is read as', () => {
    const text = 'Van de 95.000 vluchtelingen met de Oekraïense nationaliteit woonde ruim de helft op 1 oktober 2023 in een huurwoning.';
    const f = figure(text, '95.000', 'nl', '2024-01-15');
    expect(f.claim!.measure.value).toBe('ukrainian-refugees-received');
    expect(f.claim!.measure.strong).toBe(false);
    expect(f.verdict).not.toBe('differs');
  });
});

describe('a text that opens on one nationality', () => {
  const opening = 'Gevluchte Oekraïense gezinnen wonen inmiddels verspreid over het hele land.';
  it('a later bare count of refugees is that nationality\'s group', () => {
    const text = `${opening}\n\nOp 1 oktober 2023 verbleven er 105.500 vluchtelingen in Nederland.`;
    const f = figure(text, '105.500', 'nl', '2024-01-15');
    expect(f.claim!.measure.value).toBe('ukrainian-refugees-received');
    expect(f.verdict).toBe('consistent');
  });
  it('not when the figure\'s own sentence names another nationality', () => {
    const text = `${opening}\n\nIn 2023 vroegen 12.000 Syrische vluchtelingen asiel aan in Nederland.`;
    const f = figure(text, '12.000', 'nl', '2024-01-15');
    expect(f.claim!.measure.value).not.toBe('ukrainian-refugees-received');
    expect(f.claim!.subset.value).toMatchObject({ nationality: 'SY' });
  });
  it('not to a group the number does not count by its own noun', () => {
    const text = `${opening}\n\nIn 2022 kwamen 403.000 mensen naar Nederland als vluchteling, kennismigrant of student.`;
    expect(figure(text, '403.000', 'nl', '2023-06-01').claim!.measure.value).not.toBe('ukrainian-refugees-received');
  });
  it('not when the text opens on a nationality with no group of its own, or on a state\'s act', () => {
    for (const lead of ['Syrische gezinnen wachten lang op een woning.', 'Een jaar na de Russische invasie zijn de gemeenten moe.']) {
      const f = figure(`${lead}\n\nOp 1 oktober 2023 verbleven er 105.500 vluchtelingen in Nederland.`, '105.500', 'nl', '2024-01-15');
      expect(f.claim!.measure.value).not.toBe('ukrainian-refugees-received');
    }
  });
});

describe('nationalGroup', () => {
  const concepts: Record<string, ConceptInfo> = {
    refugee: { kind: 'group', countedAs: 'asylum-applications', byNationality: { UA: 'ua-displaced' } },
    'ua-displaced': { kind: 'group', countedAs: 'ua-received' },
    'ua-received': { kind: 'metric', measure: true },
  };
  it('finds the group of a nationality among a broader group, and the measure it is counted as', () => {
    expect(nationalGroup(concepts, 'refugee', 'UA')).toEqual({ group: 'ua-displaced', measure: 'ua-received' });
    expect(nationalGroup(concepts, 'refugee', 'SY')).toBeNull();
    expect(nationalGroup(concepts, 'refugee', 'constructor')).toBeNull();
    expect(nationalGroup(concepts, null, 'UA')).toBeNull();
  });
});

describe('a nationality left out', () => {
  it('"doesn\'t include the Ukrainians", "exclusief de Oekraïners": the text does not speak of that group', () => {
    const en = 'Almost 1 million asylum seekers reach Europe in 2022\n\nThe figure does not include some 4 million Ukrainians who also found shelter in the EU.\n\nThe EU asylum agency published its annual report.';
    const f = figure(en, 'Almost 1 million', 'en', '2023-02-22');
    expect(f.claim!.measure.value).not.toBe('ukrainian-refugees-received');
    expect(f.verdict).toBe('consistent');
    const nl = 'Dit jaar vragen naar verwachting 50.000 asielzoekers asiel aan in Nederland, exclusief de Oekraïners die hier zijn opgevangen.';
    expect(figure(nl, '50.000', 'nl', '2023-06-01').claim!.measure.value).not.toBe('ukrainian-refugees-received');
  });
});

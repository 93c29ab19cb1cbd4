/** Durations: how long a procedure or a wait takes is a figure; a threshold, an age or a span of time is not. */
import { describe, expect, it } from 'vitest';
import { figures } from '../../../test/helpers/recognise';

const read = (text: string, lang: 'nl' | 'en' = 'nl') => figures(text, lang, '2025-06-10').map((f) => [f.text, f.value, f.unit, f.concept]);

describe('duration figures', () => {
  it('how long the IND takes over an application, in weeks or months', () => {
    expect(read('Volgens de dienst duurt het nu gemiddeld 22 weken voordat een asielaanvraag in behandeling wordt genomen.')).toContainEqual(['22', 22, 'weeks', 'asylum-procedure-duration']);
    expect(read('De IND deed vorig jaar gemiddeld 30 weken over een aanvraag, tegenover 12 weken twee jaar eerder.')).toEqual([
      ['30', 30, 'weeks', 'asylum-procedure-duration'],
      ['12', 12, 'weeks', 'asylum-procedure-duration'],
    ]);
    expect(read('Asylum seekers now wait on average 40 weeks for a decision on their application.', 'en')).toContainEqual(['40', 40, 'weeks', 'asylum-procedure-duration']);
  });

  it('a second duration joined to the first ("en daarna … tot het tweede gehoor")', () => {
    const found = read('Het duurt inmiddels 19 weken tot het eerste gehoor bij de IND en daarna nog ruim elf maanden tot het besluit.');
    expect(found).toContainEqual(['19', 19, 'weeks', 'asylum-procedure-duration']);
    expect(found).toContainEqual(['ruim elf', 11, 'months', 'asylum-procedure-duration']);
  });

  it('how long a permit holder waits for a home', () => {
    expect(read('In de asielopvang van het COA wonen veel statushouders. Wie een verblijfsvergunning krijgt, wacht er gemiddeld elf weken voordat een gemeente een woning toewijst.')).toContainEqual(['elf', 11, 'weeks', 'time-to-housing-status-holders']);
    expect(read('The cabinet wants refugees with a residence permit to be housed within 12 weeks.', 'en')).toContainEqual(['12', 12, 'weeks', 'time-to-housing-status-holders']);
  });

  it('not a threshold, a changed term, an age or a span of time', () => {
    const threshold = read('Ruim 4000 asielzoekers zitten al langer dan 15 maanden te wachten op een besluit van de IND.');
    expect(threshold.map((f) => f[0])).not.toContain('15');
    expect(threshold.map((f) => f[0])).toContain('Ruim 4000');
    expect(read('Het kabinet verlengde de beslistermijn voor asielaanvragen van 6 naar 15 maanden.')).toEqual([]);
    expect(read('Bij de IND duurt een asielaanvraag lang; een derde van de aanvragers was jonger dan 18 jaar.').map((f) => f[0])).not.toContain('18');
    expect(read('In de eerste negen maanden duurde de behandeling van 20.000 asielaanvragen langer.').map((f) => f[0])).not.toContain('negen');
  });

  it('not a term in a condition ("als … niet binnen zes maanden", "if … within six months")', () => {
    expect(read('Als de dienst niet binnen zes maanden op een asielaanvraag beslist, kan de aanvrager een dwangsom eisen.')).toEqual([]);
    expect(read('If no decision on an asylum application follows within six months, the applicant may claim a penalty.', 'en')).toEqual([]);
    // (A time something took stays one: "als het nu gemiddeld 30 weken duurt".)
    expect(read('Als een asielaanvraag nu gemiddeld 30 weken duurt, is dat te lang.')).toContainEqual(['30', 30, 'weeks', 'asylum-procedure-duration']);
  });

  it('a time counted back is no duration ("twee jaar eerder")', () => {
    expect(read('De IND deed vorig jaar gemiddeld 30 weken over een aanvraag, tegenover 12 weken twee jaar eerder.').map((f) => f[0])).not.toContain('twee');
  });

  it('no duration frame, no figure: "12 jaar in Nederland"', () => {
    expect(read('Hij woont al 12 jaar in Nederland en vroeg in 2013 asiel aan bij de IND.').map((f) => f[0])).not.toContain('12');
  });
});

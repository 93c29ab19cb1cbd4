/** Sentence ends: where a full stop ends a sentence and where it does not. */
import { describe, expect, it } from 'vitest';
import { normalise } from '../normalise';
import { structure } from './structure';

const sentences = (text: string) => {
  const norm = normalise(text);
  return structure(norm.text, norm, text).sentences.map((s) => text.slice(norm.map[s.start], norm.map[s.end]).trim());
};

describe('sentence ends', () => {
  it('a footnote marker glued to the full stop, bare or in brackets, ends the sentence after it', () => {
    expect(sentences('The IND counted 1,600 in 2022.[1] 12,000 decisions were taken in 2023.')).toEqual(['The IND counted 1,600 in 2022.[1]', '12,000 decisions were taken in 2023.']);
    expect(sentences('Dat meldt het ministerie.2 Daarnaast kwamen er 5.000 nareizigers.')).toEqual(['Dat meldt het ministerie.2', 'Daarnaast kwamen er 5.000 nareizigers.']);
  });
  it('a sentence opened in lower case with "maar", "in", "but" … after a full word still starts a new sentence', () => {
    expect(sentences('In 2016 waren het er ruim 9.000 meer dan nu waren. maar het aantal nareizigers steeg.')).toEqual(['In 2016 waren het er ruim 9.000 meer dan nu waren.', 'maar het aantal nareizigers steeg.']);
    expect(sentences('Applications fell sharply. but arrivals of relatives rose.')).toEqual(['Applications fell sharply.', 'but arrivals of relatives rose.']);
    expect(sentences('Dat klopt niet helemaal. in 2021 lag het saldo hoger.')).toEqual(['Dat klopt niet helemaal.', 'in 2021 lag het saldo hoger.']);
    // Not after an abbreviation.
    expect(sentences('Zij komen o.a. maar niet alleen uit Syrië.')).toEqual(['Zij komen o.a. maar niet alleen uit Syrië.']);
  });
  it('a bracketed reference inside a sentence ends nothing', () => {
    expect(sentences('See [1] for the 2022 figures.')).toEqual(['See [1] for the 2022 figures.']);
  });
  it('a list run into one line ("Label: number Label: number") is one sentence per item', () => {
    expect(sentences('Totaal: 52.300 Waarvan eerste aanvragen: 38.100 Waarvan nareizigers: 12.400.')).toEqual(['Totaal: 52.300', 'Waarvan eerste aanvragen: 38.100', 'Waarvan nareizigers: 12.400.']);
    // A capitalised word after a number with no label before it is no item.
    expect(sentences('In juli vroegen 410 Eritreeërs asiel aan: 12 procent minder dan in juni.')).toEqual(['In juli vroegen 410 Eritreeërs asiel aan: 12 procent minder dan in juni.']);
    // Nor a colon that no number follows.
    expect(sentences('Aanvragen: 38.100 Dat meldt de IND: het is een stijging.')).toEqual(['Aanvragen: 38.100 Dat meldt de IND: het is een stijging.']);
  });
});

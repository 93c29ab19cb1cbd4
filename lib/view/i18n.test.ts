import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import nl from '../../public/_locales/nl/messages.json';
import { resolveUiLang, translator } from './i18n';

describe('i18n', () => {
  it('has every key in both languages', () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of Object.entries(nl)) expect(message, key).not.toBe('');
  });
  it('fills placeholders as text', () => {
    expect(translator('nl')('cardPillar', 3)).toBe('Pijler 3');
    expect(translator('en')('cardPillar', '<b>3</b>')).toBe('Pillar <b>3</b>');
  });
  it('resolves auto from the browser language', () => {
    expect(resolveUiLang('auto', 'nl-NL')).toBe('nl');
    expect(resolveUiLang('auto', 'de')).toBe('en');
    expect(resolveUiLang('en', 'nl')).toBe('en');
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from './settings';

describe('parseSettings', () => {
  it('gives defaults for nothing stored', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toEqual({ uiLang: 'auto', showTerms: true, showFigures: true, verdictStyles: true, highlightStyle: 'tint' });
  });
  it('keeps valid values and repairs invalid ones field by field', () => {
    expect(parseSettings({ uiLang: 'nl', showTerms: 'yes', highlightStyle: 'underline', stale: 1 })).toEqual({
      ...DEFAULT_SETTINGS,
      uiLang: 'nl',
      highlightStyle: 'underline',
    });
  });
});

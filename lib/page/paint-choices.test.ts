import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../ext/settings';
import { paintChoices } from './paint-choices';

describe('what the reader chose to see', () => {
  it('hides terms or every figure kind as the options say, and shows everything by default', () => {
    expect(paintChoices(DEFAULT_SETTINGS)).toEqual({ hidden: [], style: 'tint', verdictColours: true });
    expect(paintChoices({ ...DEFAULT_SETTINGS, showTerms: false }).hidden).toEqual(['term']);
    expect(paintChoices({ ...DEFAULT_SETTINGS, showFigures: false }).hidden).toEqual(['figure', 'consistent', 'differs', 'context']);
  });

  it('paints strong for a class, whatever the reader\'s own style, and one neutral colour when verdict colours are off', () => {
    expect(paintChoices({ ...DEFAULT_SETTINGS, highlightStyle: 'underline' }, true).style).toBe('strong');
    expect(paintChoices({ ...DEFAULT_SETTINGS, highlightStyle: 'underline' }).style).toBe('underline');
    expect(paintChoices({ ...DEFAULT_SETTINGS, verdictStyles: false }).verdictColours).toBe(false);
  });
});

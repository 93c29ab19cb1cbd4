/**
 * How the reader wants the page painted, from the settings (and the class view's "highlight
 * everything" emphasis): which highlight kinds to hide, which style, and whether figures are
 * coloured by verdict.
 */
import type { Settings } from '../ext/settings';
import type { HighlightStyle } from './highlights';
import type { HighlightKind } from '../view/geometry';

export interface PaintChoices {
  hidden: HighlightKind[];
  style: HighlightStyle;
  verdictColours: boolean;
}

export function paintChoices(settings: Settings, emphasis = false): PaintChoices {
  const hidden: HighlightKind[] = [];
  if (!settings.showTerms) hidden.push('term');
  if (!settings.showFigures) hidden.push('figure', 'consistent', 'differs', 'context');
  return { hidden, style: emphasis ? 'strong' : settings.highlightStyle, verdictColours: settings.verdictStyles };
}

/**
 * Everything the content script keeps between events, in one place: the reader's choices
 * (settings, UI language, the class view's emphasis) and what the UI shows (card, list,
 * overlay, and the card's hover bookkeeping). The annotations themselves live in the page
 * annotator (lib/page/annotator.ts).
 */
import type { Settings } from '../../lib/ext/settings';
import type { Lang } from '../../lib/factbase/schema';
import type { PlacedAnnotation } from '../../lib/page/annotator';
import { paintChoices, type PaintChoices } from '../../lib/page/paint-choices';
import { resolveUiLang, translator, type Translate } from '../../lib/view/i18n';
import type { UiState } from '../../components/UiRoot';

export class ContentState {
  settings!: Settings;
  uiLang!: Lang;
  t!: Translate;
  /** The class view's "highlight everything": strong highlights for a projector. */
  emphasis = false;

  /** What is drawn in the extension's shadow root. */
  readonly ui: UiState = { card: null, list: null, overlay: [] };
  /** The annotation whose card is open. */
  open: PlacedAnnotation | null = null;
  /** The pointer is on the card (it stays open). */
  overCard = false;
  closeTimer: number | undefined;
  /** Where focus goes back to when the list closes. */
  returnFocus: HTMLElement | null = null;

  constructor(settings: Settings) {
    this.useSettings(settings);
  }

  useSettings(settings: Settings): void {
    this.settings = settings;
    this.uiLang = resolveUiLang(settings.uiLang, navigator.language);
    this.t = translator(this.uiLang);
  }

  get paint(): PaintChoices {
    return paintChoices(this.settings, this.emphasis);
  }
}

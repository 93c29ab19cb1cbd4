/**
 * Everything the content script keeps between events, in one place: the reader's choices
 * (settings, UI language, the class view's emphasis), how the page is read (language and
 * publication date, from the last full read), and what the UI shows (card, list, overlay, and
 * the card's hover bookkeeping). The annotations themselves live in the page annotator
 * (lib/page/annotator.ts), what they say in the background.
 */
import type { Settings } from '../../lib/ext/settings';
import type { Lang } from '../../lib/factbase/schema';
import type { PlacedAnnotation } from '../../lib/page/annotator';
import { paintChoices, type PaintChoices } from '../../lib/page/paint-choices';
import { resolveUiLang } from '../../lib/view/i18n';
import type { UiState } from '../../components/UiRoot';
import type { PageReading } from './background-link';

export class ContentState {
  settings!: Settings;
  uiLang!: Lang;
  /** The class view's "highlight everything": strong highlights for a projector. */
  emphasis = false;
  reading: PageReading;

  /** What is drawn in the extension's shadow root. */
  readonly ui: UiState = { card: null, list: null, overlay: [] };
  /** The annotation whose card is open (or is being fetched). */
  open: PlacedAnnotation | null = null;
  /** The pointer is on the card (it stays open). */
  overCard = false;
  closeTimer: number | undefined;
  /** Where focus goes back to when the list closes. */
  returnFocus: HTMLElement | null = null;

  constructor(settings: Settings, reading: PageReading) {
    this.useSettings(settings);
    this.reading = reading;
  }

  useSettings(settings: Settings): void {
    this.settings = settings;
    this.uiLang = resolveUiLang(settings.uiLang, navigator.language);
  }

  get paint(): PaintChoices {
    return paintChoices(this.settings, this.emphasis);
  }
}

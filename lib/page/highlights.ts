/**
 * Painting annotations with the CSS Custom Highlight API: the page's DOM is never touched.
 * Styles: every style variant is defined under its own highlight names (HIGHLIGHTS_STYLESHEET),
 * injected by the extension as a stylesheet at document_start (manifest / registered content
 * script / insertCSS, file `highlights.css`), so painting never changes the page's style
 * sheets — adopting a sheet makes Chromium restyle the whole document (~200 ms on a long
 * page, in one task). Switching style re-registers the Highlight objects under the other
 * names. Only when the stylesheet is missing (a site registered by an older version) is it
 * adopted as a constructed sheet, once.
 */
import type { HighlightKind } from '../view/geometry';

export const HIGHLIGHT_NAMES: Record<HighlightKind, string> = {
  term: 'migration-lens-term',
  figure: 'migration-lens-figure',
  consistent: 'migration-lens-consistent',
  differs: 'migration-lens-differs',
  context: 'migration-lens-context',
};

/**
 * Colours are translucent so they read on light and dark pages alike; each kind also has a
 * distinct underline so the difference does not rest on colour alone. In forced-colours
 * mode the system's highlight colours take over.
 */
export const HIGHLIGHT_CSS = `
::highlight(${HIGHLIGHT_NAMES.term}) { text-decoration: underline dotted 2px rgb(37 99 235); text-underline-offset: 3px; background-color: rgb(37 99 235 / 0.10); }
::highlight(${HIGHLIGHT_NAMES.figure}) { text-decoration: underline solid 2px rgb(107 114 128); text-underline-offset: 3px; background-color: rgb(107 114 128 / 0.12); }
::highlight(${HIGHLIGHT_NAMES.consistent}) { text-decoration: underline solid 2px rgb(22 163 74); text-underline-offset: 3px; background-color: rgb(22 163 74 / 0.16); }
::highlight(${HIGHLIGHT_NAMES.differs}) { text-decoration: underline wavy 2px rgb(220 38 38); text-underline-offset: 3px; background-color: rgb(234 88 12 / 0.20); }
::highlight(${HIGHLIGHT_NAMES.context}) { text-decoration: underline dashed 2px rgb(124 58 237); text-underline-offset: 3px; background-color: rgb(124 58 237 / 0.12); }
@media (forced-colors: active) {
  ::highlight(${HIGHLIGHT_NAMES.term}), ::highlight(${HIGHLIGHT_NAMES.figure}), ::highlight(${HIGHLIGHT_NAMES.consistent}),
  ::highlight(${HIGHLIGHT_NAMES.differs}), ::highlight(${HIGHLIGHT_NAMES.context}) { background-color: Mark; color: MarkText; text-decoration-color: CanvasText; }
}
`;

export function supportsHighlights(win: Window = window): boolean {
  const w = win as Window & { CSS?: { highlights?: unknown }; Highlight?: unknown };
  return !!w.CSS?.highlights && typeof w.Highlight === 'function';
}

/** The options' "underline only" style: the same underlines without background tints. */
export const HIGHLIGHT_CSS_UNDERLINE_ONLY = Object.values(HIGHLIGHT_NAMES)
  .map((name) => `::highlight(${name}) { background-color: transparent; }`)
  .join('\n');

/** The class view's "highlight all": thick underlines and stronger tints for a projector. */
export const HIGHLIGHT_CSS_STRONG = `
::highlight(${HIGHLIGHT_NAMES.term}) { background-color: rgb(37 99 235 / 0.30); text-decoration-thickness: 3px; }
::highlight(${HIGHLIGHT_NAMES.figure}) { background-color: rgb(107 114 128 / 0.35); text-decoration-thickness: 3px; }
::highlight(${HIGHLIGHT_NAMES.consistent}) { background-color: rgb(22 163 74 / 0.38); text-decoration-thickness: 3px; }
::highlight(${HIGHLIGHT_NAMES.differs}) { background-color: rgb(234 88 12 / 0.42); text-decoration-thickness: 3px; }
::highlight(${HIGHLIGHT_NAMES.context}) { background-color: rgb(124 58 237 / 0.32); text-decoration-thickness: 3px; }
`;

export type HighlightStyle = 'tint' | 'underline' | 'strong';

/** The highlight name of a kind in a style: the plain names are the default ("tint"). */
export function highlightName(kind: HighlightKind, style: HighlightStyle): string {
  return style === 'tint' ? HIGHLIGHT_NAMES[kind] : `${HIGHLIGHT_NAMES[kind]}-${style}`;
}

const renamed = (css: string, style: HighlightStyle) =>
  css.replace(/migration-lens-(term|figure|consistent|differs|context)\b/g, (_, k: HighlightKind) => highlightName(k, style));

/** Marker the injected stylesheet sets on the root, so the content script can tell it is there. */
export const HIGHLIGHTS_MARKER = '--migration-lens-highlights';

/** Every style under its own names: the stylesheet the extension injects (`highlights.css`). */
export const HIGHLIGHTS_STYLESHEET = [
  `:root { ${HIGHLIGHTS_MARKER}: 1; }`,
  HIGHLIGHT_CSS,
  renamed(`${HIGHLIGHT_CSS}\n${HIGHLIGHT_CSS_UNDERLINE_ONLY}`, 'underline'),
  renamed(`${HIGHLIGHT_CSS}\n${HIGHLIGHT_CSS_STRONG}`, 'strong'),
].join('\n');

/** The file name of the injected stylesheet in the extension. */
export const HIGHLIGHTS_CSS_FILE = 'highlights.css';

let fallbackChecked = false;

/** Adopt the stylesheet only when the extension did not inject it (checked once). */
function ensureStyles(doc: Document): void {
  if (fallbackChecked) return;
  fallbackChecked = true;
  const win = doc.defaultView ?? window;
  if (win.getComputedStyle(doc.documentElement).getPropertyValue(HIGHLIGHTS_MARKER).trim() === '1') return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(HIGHLIGHTS_STYLESHEET);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

/**
 * Keeps one Highlight per kind and adds or removes ranges as blocks are (re)read, so a
 * mutation costs only the ranges it touched. Without the Highlight API it does nothing:
 * the overlay layer (overlay.ts) draws instead.
 */
export class HighlightPainter {
  readonly supported: boolean;
  private readonly highlights = new Map<HighlightKind, Highlight>();
  /** How many ranges each highlight holds by our own hand (the page can add its own). */
  private readonly counts = new Map<HighlightKind, number>();
  /** Kinds the reader chose not to see (options); their ranges are kept but not registered. */
  private hidden = new Set<HighlightKind>();
  private style: HighlightStyle = 'tint';

  constructor(private readonly doc: Document) {
    this.supported = supportsHighlights(doc.defaultView ?? window);
  }

  private highlight(kind: HighlightKind): Highlight | null {
    if (!this.supported) return null;
    let h = this.highlights.get(kind);
    if (!h) {
      ensureStyles(this.doc);
      const win = this.doc.defaultView as Window & typeof globalThis;
      h = new win.Highlight();
      this.highlights.set(kind, h);
      if (!this.hidden.has(kind)) win.CSS.highlights.set(highlightName(kind, this.style), h);
    }
    return h;
  }

  add(kind: HighlightKind, range: Range): void {
    const h = this.highlight(kind);
    if (!h || h.has(range)) return;
    h.add(range);
    this.counts.set(kind, (this.counts.get(kind) ?? 0) + 1);
  }

  remove(kind: HighlightKind, range: Range): void {
    if (this.highlights.get(kind)?.delete(range)) this.counts.set(kind, (this.counts.get(kind) ?? 1) - 1);
  }

  /**
   * Take the extension's highlight names back from the page, which shares the registry: a name
   * the page re-registered or deleted is registered to our Highlight again, a name of ours the
   * page registered its own Highlight under (painting its own text in, say, our "consistent"
   * colours) is cleared. Returns false when one of our Highlights holds ranges the page added
   * (or lost ones it deleted): the caller then paints everything afresh.
   */
  guard(): boolean {
    if (!this.supported) return true;
    const win = this.doc.defaultView as Window & typeof globalThis;
    for (const kind of Object.keys(HIGHLIGHT_NAMES) as HighlightKind[]) {
      const ours = this.highlights.get(kind);
      for (const style of ['tint', 'underline', 'strong'] as const) {
        const name = highlightName(kind, style);
        const shown = ours && style === this.style && !this.hidden.has(kind);
        const now = win.CSS.highlights.get(name);
        if (shown && now !== ours) win.CSS.highlights.set(name, ours);
        else if (!shown && now !== undefined) win.CSS.highlights.delete(name);
      }
    }
    for (const [kind, h] of this.highlights) if (h.size !== (this.counts.get(kind) ?? 0)) return false;
    return true;
  }

  /** Show only these kinds (the options' "what to show"). */
  setHidden(kinds: Iterable<HighlightKind>): void {
    this.hidden = new Set(kinds);
    if (!this.supported) return;
    const win = this.doc.defaultView as Window & typeof globalThis;
    this.register(win);
  }

  /** Register each shown kind under its name in the current style, and only there. */
  private register(win: Window & typeof globalThis): void {
    for (const [kind, h] of this.highlights) {
      for (const style of ['tint', 'underline', 'strong'] as const) {
        const name = highlightName(kind, style);
        if (style === this.style && !this.hidden.has(kind)) {
          if (win.CSS.highlights.get(name) !== h) win.CSS.highlights.set(name, h);
        } else win.CSS.highlights.delete(name);
      }
    }
  }

  /** `tint`: underline and light background; `underline`: underline only; `strong`: for a class. */
  setStyle(style: HighlightStyle): void {
    if (style === this.style) return;
    this.style = style;
    if (!this.supported) return;
    this.register(this.doc.defaultView as Window & typeof globalThis);
  }

  clear(): void {
    // Clearing an empty highlight still makes Chromium repaint the whole page.
    for (const h of this.highlights.values()) if (h.size) h.clear();
    this.counts.clear();
  }
}

/**
 * Painting annotations with the CSS Custom Highlight API: the page's DOM is never touched.
 * Styles go into a constructed stylesheet adopted by the document, which adds no node.
 */

export type HighlightKind = 'term' | 'figure' | 'consistent' | 'differs' | 'context';

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

let sheet: CSSStyleSheet | null = null;

function adoptStyles(doc: Document): void {
  if (sheet && doc.adoptedStyleSheets.includes(sheet)) return;
  sheet ??= new CSSStyleSheet();
  sheet.replaceSync(HIGHLIGHT_CSS);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

/** Replace all of the extension's highlights with these ranges, grouped by kind. */
export function paintHighlights(doc: Document, groups: Partial<Record<HighlightKind, Range[]>>): void {
  adoptStyles(doc);
  const win = doc.defaultView as Window & typeof globalThis;
  for (const kind of Object.keys(HIGHLIGHT_NAMES) as HighlightKind[]) {
    const ranges = groups[kind] ?? [];
    const name = HIGHLIGHT_NAMES[kind];
    if (ranges.length) win.CSS.highlights.set(name, new win.Highlight(...ranges));
    else win.CSS.highlights.delete(name);
  }
}

export function clearHighlights(doc: Document): void {
  const win = doc.defaultView as Window & typeof globalThis;
  if (!supportsHighlights(win)) return;
  for (const name of Object.values(HIGHLIGHT_NAMES)) win.CSS.highlights.delete(name);
}

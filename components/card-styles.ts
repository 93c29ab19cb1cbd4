/**
 * Styles of the extension's UI, inside its shadow root. `all: initial` on the host's children
 * shuts out inherited page styles; the card follows the reader's colour scheme and motion
 * preferences and falls back to system colours in forced-colours mode.
 */
export const CARD_CSS = `
:host { all: initial; }
.layer { position: fixed; inset: 0 auto auto 0; width: 0; height: 0; z-index: 2147483647; }
.card {
  all: initial; box-sizing: border-box; display: block; position: relative; width: min(380px, calc(100vw - 16px));
  max-height: min(60vh, 480px); overflow: auto; padding: 12px 14px; border-radius: 10px;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2937; background: #ffffff;
  border: 1px solid #d1d5db; box-shadow: 0 8px 28px rgb(0 0 0 / 0.18); text-align: left; direction: ltr;
}
.card * { box-sizing: border-box; }
header { display: flex; justify-content: space-between; align-items: flex-start; gap: 8px; }
.kind { margin: 0; font-size: 12px; color: #4b5563; text-transform: uppercase; letter-spacing: .03em; }
.title { margin: 2px 0 6px; font-size: 17px; font-weight: 650; color: inherit; }
.close { all: unset; cursor: pointer; font-size: 20px; line-height: 1; padding: 2px 6px; border-radius: 6px; color: #374151; }
.close:focus-visible { outline: 2px solid #2563eb; }
.pillar { display: inline-block; margin: 0 0 8px; padding: 2px 8px; border-radius: 999px; background: #e0e7ff; color: #1e3a8a; font-size: 12px; font-weight: 600; }
.definition { margin: 0 0 8px; }
.source { margin: 6px 0 0; font-size: 12.5px; color: #374151; }
.source .label { font-weight: 600; }
.source a { color: #1d4ed8; }
.facts h3 { margin: 10px 0 4px; font-size: 13px; }
.facts ul { margin: 0; padding: 0 0 0 16px; }
.facts li { margin: 0 0 8px; }
.statement { margin: 0; }
blockquote { margin: 4px 0; padding-left: 8px; border-left: 3px solid #d1d5db; color: #374151; font-style: italic; }
@media (prefers-color-scheme: dark) {
  .card { color: #e5e7eb; background: #111827; border-color: #374151; }
  .kind, .source, blockquote { color: #cbd5e1; }
  .close { color: #e5e7eb; }
  .pillar { background: #1e3a8a; color: #e0e7ff; }
  .source a { color: #93c5fd; }
}
@media (forced-colors: active) {
  .card { border: 2px solid CanvasText; background: Canvas; color: CanvasText; }
  .pillar { border: 1px solid CanvasText; }
}
@media (prefers-reduced-motion: no-preference) { .card { transition: opacity .12s ease-out; } }
`;

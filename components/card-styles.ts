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
.head { display: flex; justify-content: space-between; align-items: flex-start; gap: 8px; }
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

/** The annotation list panel, verdict badges, the chart and the overlay fallback. */
export const PANEL_CSS = `
.annotation-list {
  all: initial; box-sizing: border-box; position: fixed; top: 12px; right: 12px; bottom: 12px; width: min(360px, calc(100vw - 24px));
  display: flex; flex-direction: column; padding: 12px 14px; border-radius: 10px; overflow: hidden;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2937; background: #fff;
  border: 1px solid #d1d5db; box-shadow: 0 8px 28px rgb(0 0 0 / 0.18); z-index: 2147483647;
}
.annotation-list .head { display: flex; justify-content: space-between; align-items: center; }
.annotation-list h2 { margin: 0; font-size: 16px; }
.annotation-list .count { margin: 4px 0 0; font-weight: 600; }
.annotation-list .hint { margin: 2px 0 8px; font-size: 12px; color: #4b5563; }
.annotation-list ul { list-style: none; margin: 0; padding: 0; overflow: auto; flex: 1; }
.annotation-list .item { all: unset; box-sizing: border-box; display: block; width: 100%; padding: 6px 8px; border-radius: 6px; cursor: pointer; }
.annotation-list .item:hover { background: #f3f4f6; }
.annotation-list .item:focus-visible, .annotation-list .item:focus { outline: 3px solid #2563eb; outline-offset: -3px; }
.item-text { display: block; font-weight: 600; }
.item-detail { display: block; font-size: 12.5px; color: #4b5563; }
.verdict { display: inline-block; padding: 1px 8px; border-radius: 999px; font-size: 12.5px; font-weight: 650; border: 1px solid currentColor; }
.verdict-consistent { color: #166534; background: #dcfce7; }
.verdict-differs { color: #9a3412; background: #ffedd5; }
.verdict-context { color: #5b21b6; background: #ede9fe; }
.verdict-none { color: #374151; background: #f3f4f6; }
.understood { margin: 0 0 6px; }
.label { font-weight: 600; }
.context ul { margin: 2px 0 0; padding-left: 16px; }
.no-fact, .evidence { color: #4b5563; font-size: 13px; }
.sparkline { margin: 6px 0; color: #1d4ed8; }
.sparkline svg { width: 100%; height: auto; overflow: visible; }
.sparkline text { font-size: 10px; fill: #4b5563; }
.sparkline circle { fill: #fff; stroke: currentColor; stroke-width: 1.5; }
.sparkline .current circle { fill: #dc2626; stroke: #dc2626; }
.sparkline g:focus { outline: none; }
.sparkline g:focus circle { stroke-width: 3; stroke: #f59e0b; }
.actions { margin: 8px 0 0; display: flex; gap: 8px; align-items: center; }
.copy { all: unset; cursor: pointer; padding: 3px 10px; border-radius: 6px; border: 1px solid #1d4ed8; color: #1d4ed8; font-size: 13px; }
.copy:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }
.copied { font-size: 12.5px; color: #166534; }
.overlay-box { position: fixed; pointer-events: none; border-bottom: 2px solid; }
.overlay-term { border-color: rgb(37 99 235); background: rgb(37 99 235 / 0.10); border-bottom-style: dotted; }
.overlay-figure { border-color: rgb(107 114 128); background: rgb(107 114 128 / 0.12); }
.overlay-consistent { border-color: rgb(22 163 74); background: rgb(22 163 74 / 0.16); }
.overlay-differs { border-color: rgb(220 38 38); background: rgb(234 88 12 / 0.20); }
.overlay-context { border-color: rgb(124 58 237); background: rgb(124 58 237 / 0.12); border-bottom-style: dashed; }
.export { margin-top: 8px; border-top: 1px solid #e5e7eb; padding-top: 6px; }
.export-table { border-collapse: collapse; font-size: 13px; }
.export-table caption { text-align: left; font-weight: 600; margin-bottom: 4px; }
.export-table th { text-align: left; font-weight: 500; padding-right: 8px; }
.export-table button { all: unset; cursor: pointer; padding: 2px 8px; margin: 1px 2px; border-radius: 6px; border: 1px solid #1d4ed8; color: #1d4ed8; font-size: 12.5px; }
.export-table button:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }
.export-status { font-size: 12.5px; margin: 4px 0 0; min-height: 1em; }
.note { margin: 8px 0 0; padding: 6px 8px; border-radius: 6px; background: #fef9c3; color: #422006; }
.note-form textarea { box-sizing: border-box; width: 100%; min-height: 60px; font: inherit; }
.note-form label { display: block; font-size: 12.5px; margin-bottom: 2px; }
.note-actions { display: flex; gap: 6px; margin-top: 4px; }
@media (prefers-color-scheme: dark) {
  .export { border-color: #374151; }
  .export-table button { color: #93c5fd; border-color: #93c5fd; }
  .note { background: #422006; color: #fef9c3; }
}
@media (prefers-color-scheme: dark) {
  .annotation-list { color: #e5e7eb; background: #111827; border-color: #374151; }
  .annotation-list .hint, .item-detail, .no-fact, .evidence, .sparkline text { color: #cbd5e1; fill: #cbd5e1; }
  .annotation-list .item:hover { background: #1f2937; }
  .verdict-consistent { color: #bbf7d0; background: #14532d; }
  .verdict-differs { color: #fed7aa; background: #7c2d12; }
  .verdict-context { color: #ddd6fe; background: #4c1d95; }
  .verdict-none { color: #e5e7eb; background: #374151; }
  .sparkline { color: #93c5fd; }
  .sparkline circle { fill: #111827; }
  .copy { color: #93c5fd; border-color: #93c5fd; }
  .copied { color: #bbf7d0; }
}
@media (forced-colors: active) {
  .annotation-list { border: 2px solid CanvasText; background: Canvas; color: CanvasText; }
  .verdict { forced-color-adjust: none; border: 1px solid CanvasText; background: Canvas; color: CanvasText; }
  .overlay-box { border-color: Highlight; background: transparent; }
}
`;

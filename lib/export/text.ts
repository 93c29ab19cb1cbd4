/**
 * Cleaning page text for exports. Page text is hostile until proven otherwise: besides
 * markup (escaped per format) it can carry characters that change how a line *looks*
 * without changing what it says — bidi overrides (U+202E turns "exe.txt" into "txt.exe")
 * and invisible characters that split a number or a formula keyword in two.
 *
 * - CSV and Markdown are read by people in spreadsheets and viewers: `cleanText`
 *   (lib/util/clean-text.ts) removes bidi controls, invisible format characters and C0/C1 controls
 *   (except tab and line breaks, which each format handles itself).
 * - JSON and JSON-LD are data: the exact text is kept, but those characters (and `<`, `>`,
 *   `&`, U+2028/U+2029) are written as \uXXXX escapes (`escapeJsonText`), so they are visible
 *   in the file, parse back to the same string, and the JSON-LD can be pasted into a
 *   `<script type="application/ld+json">` without closing it.
 */

export { BIDI_CONTROLS, INVISIBLE, cleanText } from '../util/clean-text';

/** JSON.stringify, with characters that are dangerous or invisible in a text editor or HTML escaped as \uXXXX. */
export function escapeJsonText(json: string): string {
  // Outside strings, JSON text holds only ASCII punctuation, digits, letters of literals and
  // white space, so every character replaced here is inside a string, where \uXXXX means itself.
  return json.replace(
    /[<>&\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff\u007f-\u009f]/g,
    (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'),
  );
}

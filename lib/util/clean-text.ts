/**
 * Characters that change how text *looks* without changing what it says: bidi overrides
 * (U+202E turns "exe.txt" into "txt.exe"), invisible format characters that split a word or a
 * number, and control characters. Removed from page text in exports (lib/export/text.ts), and
 * from pack text and notes when they are stored, so a pack title, a label or a note cannot be
 * spoofed with them. Zero-width (non-)joiners U+200C/U+200D stay: Persian, Arabic and Indic
 * scripts and emoji need them, and they reorder nothing.
 */

/** Bidi embeddings, overrides, isolates and marks (incl. the Arabic letter mark). */
export const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Zero-width space, word joiner, invisible operators, BOM, soft hyphen, Mongolian vowel separator. */
export const INVISIBLE = /[\u00ad\u180e\u200b\u2060-\u2064\ufeff]/g;
// C0 controls except tab, line feed and carriage return; DEL; C1 controls.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** Remove bidi controls, invisible characters and control characters (tab and line breaks stay). */
export function cleanText(s: string): string {
  return s.replace(BIDI_CONTROLS, '').replace(INVISIBLE, '').replace(CONTROLS, '');
}

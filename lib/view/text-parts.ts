/**
 * Cutting a very long text into parts at sentence ends, so work on it can stop between parts
 * (a page with one text node of a megabyte was one 868 ms task to recognise). Text no longer
 * than the limit is one part, so ordinary paragraphs are read exactly as before.
 */

/** A sentence end: . ! ? … (with closing quotes or brackets) and white space before a capital or digit; or a line break. */
const SENTENCE_END = /[.!?…]["'”’»)\]]*\s+(?=["'“‘«(\[]?[\p{Lu}\d])|\n/gu;

/**
 * [start, end) parts covering `text` in order, each at most `max` characters unless a single
 * sentence is longer; such a sentence is cut at white space, and text without any at `max`.
 */
export function textParts(text: string, max = 4000): [number, number][] {
  if (text.length <= max) return [[0, text.length]];
  const parts: [number, number][] = [];
  let start = 0;
  while (text.length - start > max) {
    const end = cutBefore(text, start, start + max) ?? start + max;
    parts.push([start, end]);
    start = end;
  }
  parts.push([start, text.length]);
  return parts;
}

/** The last sentence end in (start, limit], else the last white space there; null if neither. */
function cutBefore(text: string, start: number, limit: number): number | null {
  SENTENCE_END.lastIndex = start;
  let cut: number | null = null;
  for (let m = SENTENCE_END.exec(text); m && m.index + m[0].length <= limit; m = SENTENCE_END.exec(text)) {
    cut = m.index + m[0].length;
  }
  if (cut !== null && cut > start) return cut;
  const space = text.slice(start, limit).search(/\s\S*$/);
  return space > 0 ? start + space + 1 : null;
}

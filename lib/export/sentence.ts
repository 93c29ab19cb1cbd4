/**
 * The sentence of the page an annotation stands in, as an export quotes it: cut at sentence
 * ends the way a reader sees them (not after "nr." or "38.000"), white space collapsed, a
 * long one shortened around the annotation.
 */

/** Words that end in a full stop without ending a sentence (lower case, without the final dot). */
const ABBREVIATIONS = new Set(
  (
    'nr nrs no nos o.a bijv bv e.g i.e ca c.a dr drs mr mw mevr dhr prof ir ing etc vs jl mln mld mrd art blz ' +
    'p pp zgn resp incl excl t.o.v m.b.t i.p.v n.a.v d.w.z m.u.v e.a a.s vgl cf fig approx min max gem ong st jr sr ' +
    'jan feb mrt apr jun jul aug sep sept okt oct nov dec'
  ).split(' '),
);

const TERMINATORS = '.!?…';
const CLOSERS = '"\'”’»)]';
const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);
const isBreak = (c: string) => c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029';

/**
 * If a sentence ends with the terminator at `i`, the index where the next sentence starts
 * (after closing quotes/brackets and white space); otherwise -1.
 */
function boundaryAfter(text: string, i: number): number {
  const c = text[i];
  if (!TERMINATORS.includes(c)) return -1;
  let j = i + 1;
  while (j < text.length && CLOSERS.includes(text[j])) j++;
  if (j < text.length && !isSpace(text[j])) return -1; // "38.000", "3.5", "e.g.,"
  if (c === '.') {
    let w = i;
    while (w > 0 && /[\p{L}.]/u.test(text[w - 1])) w--;
    const word = text.slice(w, i).toLowerCase();
    if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word)) return -1; // "nr.", "o.a.", initials
  }
  let k = j;
  while (k < text.length && isSpace(text[k]) && !isBreak(text[k])) k++;
  if (k < text.length && /\p{Ll}/u.test(text[k])) return -1; // "ca. veertig" goes on
  return k;
}

const MAX_SENTENCE = 600;

/**
 * The sentence around text[start, end): from the previous sentence end or line break to the
 * next one, white space collapsed. Sentence ends are . ! ? … followed by white space and not
 * by a lower-case letter, except after abbreviations ("nr.", "o.a.", "ca.") and initials;
 * "38.000" is no end. A sentence longer than 600 characters is cut to a window around the
 * annotation, marked with "…".
 */
export function sentenceAround(text: string, start: number, end: number): string {
  start = Math.max(0, Math.min(start, text.length));
  end = Math.max(start, Math.min(end, text.length));
  let from = Math.max(0, start - 2000);
  let s = from;
  for (let i = from; i < start; i++) {
    if (isBreak(text[i])) s = i + 1;
    else {
      const b = boundaryAfter(text, i);
      if (b !== -1 && b <= start) s = b;
    }
  }
  let e = Math.min(text.length, end + 2000);
  for (let i = end; i < e; i++) {
    if (isBreak(text[i])) {
      e = i;
      break;
    }
    if (TERMINATORS.includes(text[i]) && boundaryAfter(text, i) !== -1) {
      let j = i + 1;
      while (j < text.length && CLOSERS.includes(text[j])) j++;
      e = j;
      break;
    }
  }
  const collapse = (x: string) => x.replace(/\s+/g, ' ');
  const sentence = collapse(text.slice(s, e)).trim();
  if (sentence.length <= MAX_SENTENCE) return sentence;
  const half = (MAX_SENTENCE - (end - start)) / 2;
  from = Math.max(s, start - Math.max(0, Math.floor(half)));
  const to = Math.min(e, end + Math.max(0, Math.ceil(half)));
  const cutStart = from > s ? text.slice(from, start).replace(/^\S*\s/, '') : text.slice(from, start);
  const cutEnd = to < e ? text.slice(end, to).replace(/\s\S*$/, '') : text.slice(end, to);
  return collapse(`${from > s ? '…' : ''}${cutStart}${text.slice(start, end)}${cutEnd}${to < e ? '…' : ''}`).trim();
}

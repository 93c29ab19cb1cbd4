/**
 * A count written in two scales, "4 million 285.61 thousand" or "17 miljoen 400 duizend" (news
 * translated from languages that write large numbers so): one number, the sum of the two. The
 * parser reads the two parts apart; this joins them where nothing but a space stands between a
 * whole number of a larger scale and a smaller part of a smaller one.
 */
import { isInlineSpaceCode } from '../chars';
import type { NumberMatch } from '../types';
import { SCALE } from './phrases';

/** A count that ends in digits and a scale word: "(some) 4 million", "285.61 thousand", "400 duizend". */
const SCALED = /(?:^|[ \u00a0])[0-9]+(?:[.,][0-9]+)?[ \u00a0]+(\p{L}+)$/u;

function scaleOf(m: NumberMatch): number | null {
  if (m.unit !== 'count' || m.value === undefined || m.range || m.change || m.share || m.words) return null;
  const w = SCALED.exec(m.text);
  const scale = w ? SCALE[w[1].toLowerCase()] : undefined;
  return scale !== undefined && scale >= 1000 ? scale : null;
}

function onlySpaces(text: string, a: number, b: number): boolean {
  if (b <= a) return false;
  for (let i = a; i < b; i++) if (!isInlineSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/** The numbers of `text` with each two-scale count joined into one. */
export function joinScales(text: string, numbers: NumberMatch[]): NumberMatch[] {
  const out: NumberMatch[] = [];
  for (let i = 0; i < numbers.length; i++) {
    const a = numbers[i];
    const b = numbers[i + 1];
    const big = scaleOf(a);
    const small = b && b.qualifier === 'exact' && /^[0-9]/.test(b.text) ? scaleOf(b) : null;
    // (The larger part a whole number of its scale, the smaller below one of it: "4 million
    // 285 thousand", not "4.2 million 300 thousand" nor "2 thousand 5 million".)
    if (big !== null && small !== null && small < big && Number.isInteger(a.value! / big) && b.value! < big && onlySpaces(text, a.end, b.start)) {
      out.push({ ...a, end: b.end, text: text.slice(a.start, b.end), value: Number((a.value! + b.value!).toPrecision(15)) });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

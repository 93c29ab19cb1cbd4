/**
 * "Syria and Eritrea came next, with 900 and 235 requests respectively": a list of counts
 * that says "respectively" ("respectievelijk") pairs each count with the nationality or country
 * of origin in the same place of the list before it. Only a list of as many peoples as counts,
 * joined as one list, pairs; anything else names no one.
 */
import { partitionPoint } from '../../util/sorted';
import type { PlaceHit } from './places';

export const RESPECTIVELY = /\b(?:respectively|respectievelijk)\b/;
/** Between two members of one list, counts or peoples: ", ", " and ", " en ", ", and ". */
const LIST_JOIN = /^\s*(?:,\s*(?:and\s+|en\s+)?|and\s+|en\s+)$/;

export function respectiveNationality(
  t: string,
  sentence: { start: number; end: number },
  /** Every number's normalised span, in order. */
  numbers: ReadonlyArray<readonly [number, number]>,
  ns: number,
  places: readonly PlaceHit[],
): { nationality: string; words: [number, number] } | null {
  if (!RESPECTIVELY.test(t.slice(sentence.start, sentence.end))) return null;
  // (The sentence's numbers: a slice of the sorted spans.)
  const lo = partitionPoint(numbers.length, (i) => numbers[i][0] < sentence.start);
  const hi = partitionPoint(numbers.length, (i) => numbers[i][0] < sentence.end);
  numbers = numbers.slice(lo, hi).filter(([, b]) => b <= sentence.end);
  const at = numbers.findIndex(([a]) => a === ns);
  if (at < 0) return null;
  // The list of counts the number stands in.
  let first = at;
  while (first > 0 && LIST_JOIN.test(t.slice(numbers[first - 1][1], numbers[first][0]))) first--;
  let last = at;
  while (last + 1 < numbers.length && LIST_JOIN.test(t.slice(numbers[last][1], numbers[last + 1][0]))) last++;
  const k = last - first + 1;
  if (k < 2) return null;
  // The peoples listed last before it, one list as long.
  const before = places.filter((p) => p.end <= numbers[first][0] && p.start >= sentence.start && p.nationality);
  if (before.length < k) return null;
  const list = before.slice(-k);
  for (let i = 1; i < k; i++) if (!LIST_JOIN.test(t.slice(list[i - 1].end, list[i].start))) return null;
  const p = list[at - first];
  return { nationality: p.nationality!, words: [p.start, p.end] };
}

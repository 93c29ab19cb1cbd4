/**
 * "De immigratie daalde van 149 duizend naar 141 duizend": the parser reads a change from one
 * level to another as one number (value = the new level). A fact-checker reads two claims: the
 * new level, for the text's period, and the old one, for the period before. Figure linking
 * splits such a number into its two levels; the old level then takes the period its own words
 * give, or the one before the new level's (baseline.ts).
 */
import { parseNumbers } from '../numbers';
import type { Lang, NumberMatch } from '../types';

const CONNECTOR = /\s+(?:naar|to)\s+/gi;

export interface SplitChange {
  from: NumberMatch;
  to: NumberMatch;
}

/** The two levels of "van X naar Y" / "from X to Y", or null when the number is not such a change. */
export function splitChange(n: NumberMatch, lang: Lang): SplitChange | null {
  if (!n.change) return null;
  let conn: RegExpExecArray | null = null;
  CONNECTOR.lastIndex = 0;
  for (let m = CONNECTOR.exec(n.text); m; m = CONNECTOR.exec(n.text)) conn = m;
  if (!conn || conn.index === 0) return null;
  const opts = { lang: lang === 'en' ? ('en' as const) : ('nl' as const) };
  const head = parseNumbers(n.text.slice(0, conn.index), opts).at(-1);
  const tailAt = conn.index + conn[0].length;
  const tail = parseNumbers(n.text.slice(tailAt), opts)[0];
  if (!head || !tail) return null;
  const at = (m: NumberMatch, offset: number, value: number, unit: NumberMatch['unit']): NumberMatch => {
    const start = n.start + offset + m.start;
    const end = n.start + offset + m.end;
    const { range: _r, ...rest } = m;
    // Each part keeps the change it belongs to: both are levels, not amounts of change.
    return { ...rest, start, end, text: n.text.slice(start - n.start, end - n.start), value, unit, change: n.change };
  };
  // The parser scaled both ends alike ("van 2 naar 3 miljoen") and knows the unit from either.
  return { from: at(head, 0, n.change.from, n.unit), to: at(tail, tailAt, n.change.to, n.unit) };
}

/** The numbers with every "van X naar Y" split into its two levels, and which is whose old level. */
export function splitChanges(numbers: readonly NumberMatch[], lang: Lang): { numbers: NumberMatch[]; oldLevelOf: Map<NumberMatch, NumberMatch> } {
  const out: NumberMatch[] = [];
  const oldLevelOf = new Map<NumberMatch, NumberMatch>();
  for (const n of numbers) {
    const s = splitChange(n, lang);
    if (!s) {
      out.push(n);
      continue;
    }
    out.push(s.from, s.to);
    oldLevelOf.set(s.from, s.to);
  }
  return { numbers: out, oldLevelOf };
}

/**
 * Arithmetic on the fact-pack format's period strings ("2023", "2023-Q1", "2023-06",
 * "2023-06-30", and "a/b" spans of these): where a period begins and ends as a fractional year,
 * and the calendar days it covers, so periods written differently compare equal. Used by the
 * verdicts, the freshness list and the card.
 */
import { boundedMemo } from '../util/memo';

/** Fractional year at which a period begins: 2025 → 2025, 2024-Q4 → 2024.75. */
export const periodBegin: (p: string) => number = boundedMemo(computeBegin);

/** Fractional year at which a period ends: 2023 → 2024, 2024-Q3 → 2024.75, 2023-10-31 → ~2023.83. */
export const periodEnd: (p: string) => number = boundedMemo(computeEnd);

function computeBegin(p: string): number {
  const s = p.split('/')[0];
  const y = Number(s.slice(0, 4));
  let m = /-Q([1-4])/.exec(s);
  if (m) return y + (Number(m[1]) - 1) / 4;
  m = /-(\d\d)-(\d\d)/.exec(s);
  if (m) return y + (Number(m[1]) - 1) / 12 + (Number(m[2]) - 1) / 372;
  m = /-(\d\d)/.exec(s);
  if (m) return y + (Number(m[1]) - 1) / 12;
  return y;
}

function computeEnd(p: string): number {
  const parts = p.split('/');
  const s = parts[parts.length - 1];
  const y = Number(s.slice(0, 4));
  let m = /-Q([1-4])/.exec(s);
  if (m) return y + Number(m[1]) / 4;
  m = /-(\d\d)-(\d\d)/.exec(s);
  if (m) return y + (Number(m[1]) - 1) / 12 + Number(m[2]) / 372;
  m = /-(\d\d)/.exec(s);
  if (m) return y + Number(m[1]) / 12;
  return y + 1;
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The first and last day a period covers, as YYYYMMDD numbers, so that periods written
 * differently compare equal: "2025-Q1" = "2025-01/2025-03", "2025-01/2025-09" =
 * "2025-01-01/2025-09-30", "2024" = "2024-01/2024-12". Null for what is not a calendar period
 * (a week, a malformed string).
 */
export function periodSpan(p: string): [number, number] | null {
  const one = (s: string, end: boolean): number | null => {
    let m = /^(\d{4})$/.exec(s);
    if (m) return Number(m[1]) * 10000 + (end ? 1231 : 101);
    m = /^(\d{4})-Q([1-4])$/.exec(s);
    if (m) {
      const mo = end ? Number(m[2]) * 3 : Number(m[2]) * 3 - 2;
      return Number(m[1]) * 10000 + mo * 100 + (end ? DAYS[mo - 1] : 1);
    }
    m = /^(\d{4})-(\d\d)$/.exec(s);
    if (m) {
      const mo = Number(m[2]);
      return Number(m[1]) * 10000 + mo * 100 + (end ? (mo === 2 ? (Number(m[1]) % 4 === 0 ? 29 : 28) : DAYS[mo - 1]) : 1);
    }
    m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(s);
    if (m) return Number(m[1]) * 10000 + Number(m[2]) * 100 + Number(m[3]);
    return null;
  };
  const parts = p.split('/');
  if (parts.length > 2) return null;
  const a = one(parts[0], false);
  const b = one(parts[parts.length - 1], true);
  return a !== null && b !== null ? [a, b] : null;
}

/** Same calendar period, however written. */
export function samePeriodSpan(a: string, b: string): boolean {
  if (a === b) return true;
  const x = periodSpan(a);
  const y = periodSpan(b);
  return !!x && !!y && x[0] === y[0] && x[1] === y[1];
}

import { describe, expect, it } from 'vitest';
import { pageSummary, verdictCounts } from './page-summary';

describe('the popup\'s page summary', () => {
  it('counts terms apart from figures, and figures by verdict (no verdict: unchecked)', () => {
    const counts = verdictCounts([
      { kind: 'term' },
      { kind: 'term' },
      { kind: 'figure', verdict: 'consistent' },
      { kind: 'figure', verdict: 'differs' },
      { kind: 'figure', verdict: 'differs' },
      { kind: 'figure', verdict: 'context' },
      { kind: 'figure', verdict: null },
      { kind: 'figure' },
    ]);
    expect(counts).toEqual({ terms: 2, figures: { consistent: 1, differs: 2, context: 1, unchecked: 2 } });
  });

  it('lists the first eight lines, each with its index in reading order', () => {
    const lines = Array.from({ length: 12 }, (_, i) => ({ text: `w${i}`, detail: `d${i}`, kind: 'term' }));
    const summary = pageSummary(lines.map(() => ({ kind: 'term' as const })), lines, true);
    expect(summary.terms).toBe(12);
    expect(summary.top.map((t) => [t.index, t.text])).toEqual(lines.slice(0, 8).map((l, i) => [i, l.text]));
    expect(summary.storming).toBe(true);
  });
});

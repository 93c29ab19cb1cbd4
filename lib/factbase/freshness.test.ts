import { describe, expect, it } from 'vitest';
import { loadBundledPacks } from './bundled';
import { snapshotFromPacks } from './memory';
import { newestPerMeasure } from './freshness';

describe('what the fact base holds: the newest figure per main measure', () => {
  const snap = snapshotFromPacks(loadBundledPacks());
  const newest = newestPerMeasure(snap);
  const of = (id: string) => newest.find((n) => n.concept === id);
  it('names the newest period of each main measure, with who published it and when', () => {
    expect(of('first-asylum-applications')).toMatchObject({ period: expect.stringMatching(/^2025/), publisher: expect.any(String) });
    expect(of('family-reunification')?.period).toMatch(/^2025/);
    expect(of('immigration')?.period).toMatch(/^2025|^2026/);
  });
  it('never from a low-confidence figure', () => {
    for (const n of newest) expect(snap.facts.find((f) => f.id === n.factId)?.confidence).not.toBe('low');
  });
});

/**
 * DevTools traces of a renderer and what the bench reads from them: main-thread time between the
 * harness's marks, and the longest task with what it spent its time on.
 */
import type { Page } from 'playwright-core';
import { fmt } from './stats';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/** Records a DevTools trace of the renderer while `work` runs. */
export async function traced<T>(page: Page, work: () => Promise<T>): Promise<{ events: TraceEvent[]; result: T }> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', 'blink.user_timing', 'devtools.timeline', 'v8', '__metadata'], recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReportEvents',
  });
  const result = await work();
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  return { events, result };
}

export const isTask = (e: TraceEvent) => e.ph === 'X' && !!e.dur && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');

/** Every task on the renderer's main thread between the bench's start and end marks: their sum and the longest. */
export function mainThreadBetweenMarks(events: TraceEvent[]): { sumMs: number; longestMs: number; longestWhat: string } {
  const start = events.find((e) => e.name === 'ml-bench-start');
  const end = events.find((e) => e.name === 'ml-bench-end');
  if (!start || !end) return { sumMs: NaN, longestMs: NaN, longestWhat: '' };
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === start.pid && e.args?.name === 'CrRendererMain');
  const tid = main?.tid ?? start.tid;
  let sum = 0;
  let longest: TraceEvent | null = null;
  for (const e of events) {
    if (e.pid !== start.pid || e.tid !== tid || !isTask(e)) continue;
    if (e.ts + e.dur! < start.ts || e.ts > end.ts) continue;
    // Only the part inside the window (the first task began before the start mark).
    const ms = (Math.min(e.ts + e.dur!, end.ts) - Math.max(e.ts, start.ts)) / 1000;
    sum += ms;
    if (!longest || e.dur! > longest.dur!) longest = e;
  }
  if (!longest) return { sumMs: sum, longestMs: 0, longestWhat: '' };
  // What the longest task spent its time on: its largest events (script, style, layout, paint, GC).
  const t = longest;
  const inside = events
    .filter((e) => e.pid === t.pid && e.tid === t.tid && e.ph === 'X' && e !== t && !isTask(e) && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur!)
    .sort((a, b) => b.dur! - a.dur!)
    .slice(0, 4)
    .map((e) => `${e.name} ${fmt(e.dur! / 1000)}`);
  return { sumMs: sum, longestMs: t.dur! / 1000, longestWhat: inside.join(', ') };
}

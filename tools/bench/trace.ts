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

/**
 * The stretches a thread was busy, from its complete events. Not only tasks: Chromium traces the
 * microtask checkpoint that runs after a task (an `await` resumed, a message's reply handled)
 * as an event of its own, outside the task's, and on a page reading the extension's replies
 * that is most of the script run after the first task. A checkpoint (or any event outside a
 * task) right after a task is part of it for the page (the longtask API counts it in), so the
 * two make one stretch; each task starts a stretch of its own.
 */
export interface BusyStretch {
  ts: number;
  end: number;
  /** Time inside its events, in µs (the gaps of under 0.1 ms between a task and what follows it left out). */
  busy: number;
  /** The events that make it up (outermost ones). */
  events: TraceEvent[];
}

export function busyStretches(events: readonly TraceEvent[], pid: number, tid: number): BusyStretch[] {
  const own = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && !!e.dur).sort((a, b) => a.ts - b.ts);
  const out: BusyStretch[] = [];
  for (const e of own) {
    const last = out[out.length - 1];
    if (last && e.ts < last.end) {
      // Inside (or overlapping) the stretch.
      last.busy += Math.max(0, e.ts + e.dur! - last.end);
      last.end = Math.max(last.end, e.ts + e.dur!);
    } else if (last && !isTask(e) && e.ts <= last.end + 100) {
      last.events.push(e);
      last.busy += e.dur!;
      last.end = e.ts + e.dur!;
    } else out.push({ ts: e.ts, end: e.ts + e.dur!, busy: e.dur!, events: [e] });
  }
  return out;
}

/** The renderer main thread of the process that recorded `mark`. */
function mainThreadOf(events: readonly TraceEvent[], mark: TraceEvent): number {
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === mark.pid && e.args?.name === 'CrRendererMain');
  return main?.tid ?? mark.tid;
}

/** All main-thread time between the bench's start and end marks (tasks and what runs between them): the sum and the longest stretch. */
export function mainThreadBetweenMarks(events: TraceEvent[]): { sumMs: number; longestMs: number; longestWhat: string } {
  const start = events.find((e) => e.name === 'ml-bench-start');
  const end = events.find((e) => e.name === 'ml-bench-end');
  if (!start || !end) return { sumMs: NaN, longestMs: NaN, longestWhat: '' };
  const tid = mainThreadOf(events, start);
  let sum = 0;
  let longest: BusyStretch | null = null;
  for (const s of busyStretches(events, start.pid, tid)) {
    if (s.end < start.ts || s.ts > end.ts) continue;
    // Only the part inside the window (the first stretch began before the start mark, in a task).
    sum += (s.busy - Math.max(0, start.ts - s.ts) - Math.max(0, s.end - end.ts)) / 1000;
    if (!longest || s.end - s.ts > longest.end - longest.ts) longest = s;
  }
  if (!longest) return { sumMs: sum, longestMs: 0, longestWhat: '' };
  // What the longest stretch spent its time on: its largest events (script, style, layout, paint, GC).
  const t = longest;
  const inside = events
    .filter((e) => e.pid === start.pid && e.tid === tid && e.ph === 'X' && !t.events.includes(e) && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.end)
    .sort((a, b) => b.dur! - a.dur!)
    .slice(0, 4)
    .map((e) => `${e.name} ${fmt(e.dur! / 1000)}`);
  return { sumMs: sum, longestMs: (t.end - t.ts) / 1000, longestWhat: inside.join(', ') };
}

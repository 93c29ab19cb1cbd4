/**
 * In-page side of `npm run bench`, bundled (with the same lib/page and lib/recognise modules
 * the content script uses) into one script that the bench adds to a freshly loaded page.
 *
 * All three measurements are timed the same way (../shared/DESIGN.md): the work starts just
 * after a frame has been produced, and the clock stops in a task posted from the first
 * animation frame after the work has finished, i.e. after that frame's style, layout and
 * paint on the main thread. So the paint each one causes is included, and none of them
 * gets a head start from where in the frame interval it happened to begin.
 */
import { encodeAnnotations, type WirePiece } from '../../lib/messaging/annotation-wire';
import { PageAnnotator } from '../../lib/page/annotator';
import { collectBlocks } from '../../lib/page/collect';
import { piecesOf } from '../../lib/page/pieces';
import { recognise, type CompiledLexicon } from '../../lib/recognise/recognise';

declare const Mark: new (ctx: Element) => { mark(terms: string[], opts: Record<string, unknown>): void };

export interface Timing {
  /** Start of the work → after the first frame once it finished (the contract's figure). */
  ms: number;
  /** Start of the work → its end (script time, without waiting for the frame). */
  workMs: number;
  /** What the work produced (text length, annotations, marks), to check it really ran. */
  count: number;
  /** Longest task reported by the longtask observer while it ran (0: none over 50 ms). */
  longtaskMs: number;
  /** Longest stretch of our own work between two yields to the page (main-thread task length). */
  longestSliceMs: number;
}

/** Resolves in a task after the next frame has been produced (rAF, then style/layout/paint). */
function afterNextFrame(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => resolve(performance.now());
      ch.port2.postMessage(0);
    }),
  );
}

/** Wraps scheduler.yield / setTimeout so the stretches of work between yields are measured. */
function instrumentYields(): { longest(): number; restore(): void } {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  let sliceStart = performance.now();
  let longest = 0;
  const original = s?.yield;
  if (s && original) {
    s.yield = function (this: unknown) {
      longest = Math.max(longest, performance.now() - sliceStart);
      return original.call(s).then(() => {
        sliceStart = performance.now();
      });
    };
  }
  return {
    longest: () => Math.max(longest, performance.now() - sliceStart),
    restore: () => {
      if (s && original) s.yield = original;
    },
  };
}

async function timed(work: () => number | Promise<number>): Promise<Timing> {
  const longtasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longtasks.push(e.duration);
  });
  try {
    observer.observe({ type: 'longtask', buffered: false });
  } catch {
    /* no longtask support */
  }
  // Collect the garbage of the setup (page load, the lexicon arriving) first, so that a
  // collection it makes due is not charged to the measured work. The bench starts Chromium
  // with --js-flags=--expose-gc; every method gets the same.
  (globalThis as { gc?: () => void }).gc?.();
  await afterNextFrame();
  performance.mark('ml-bench-start');
  const slices = instrumentYields();
  const t0 = performance.now();
  const count = await work();
  const tWork = performance.now();
  const longestSliceMs = slices.longest();
  slices.restore();
  const t1 = await afterNextFrame();
  performance.mark('ml-bench-end');
  // Long-task entries are delivered after the task; give them a moment.
  await new Promise((r) => setTimeout(r, 60));
  observer.disconnect();
  return { ms: t1 - t0, workMs: tWork - t0, count, longtaskMs: Math.max(0, ...longtasks), longestSliceMs };
}

function pageLanguage(): 'nl' | 'en' | 'auto' {
  const lang = (document.documentElement.lang || '').toLowerCase();
  return lang.startsWith('nl') ? 'nl' : lang.startsWith('en') ? 'en' : 'auto';
}

function publishedDate(): string | null {
  return (
    document.querySelector('meta[property="article:published_time"]')?.getAttribute('content') ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    null
  );
}

/**
 * The page's date with a time of day the background has not seen: the same day to the engine
 * (it reads only the date), but a reading the background keeps no pieces for, so every pass
 * is recognised anew, as a page a reader opens for the first time. (Answered from the pieces
 * the background keeps, a 10k page would cost the page side only, while a page too big for
 * that store would be recognised again: the two would not be comparable.)
 */
function unseenReading(published: string | null): string | null {
  const day = published && /^\d{4}-\d{2}-\d{2}/.exec(published)?.[0];
  if (!day) return published;
  const micro = Math.round((performance.timeOrigin + performance.now()) * 1000) % 86_400_000_000;
  const time = new Date(micro / 1000).toISOString().slice(11, 23);
  return `${day}T${time}${String(micro % 1000).padStart(3, '0')}Z`;
}

/** What one pass with the extension's background gave, beyond its timing. */
export interface ExtensionTiming extends Timing {
  /** Start of the scan → after the frame that painted the first highlights near the view. */
  firstPaintMs: number;
  /** JSON bytes the background sent the tab: every piece recognised, and the cards of the first screen. */
  tabBytes: number;
}

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; data?: any; error?: string }> } };

/**
 * Ask the extension's background, as the content script does, keeping each answer so that its
 * bytes are counted after the timed pass (counting them inside it cost the page ~2 ms of
 * JSON.stringify the content script never does).
 */
async function askExtension<T>(message: object, answers: unknown[]): Promise<T> {
  const res = await chrome.runtime.sendMessage(message);
  answers.push(res);
  if (!res.ok) throw new Error(res.error);
  return res.data as T;
}

const bytesOf = (answers: unknown[]) => answers.reduce<number>((n, res) => n + new TextEncoder().encode(JSON.stringify(res)).length, 0);

const bench = {
  /**
   * The extension's pass as its content script runs it, in the content script's own world on a
   * page of the test build: collect, have the background recognise (off the page's main
   * thread), place and paint; then fetch the cards of the first screen, as the content script
   * does once the reader starts pointing. Run after the content script itself was switched off
   * on the page, so this pass is the only one painting.
   */
  extension(): Promise<ExtensionTiming> {
    const answers: unknown[] = [];
    let firstPaint: Promise<number> | null = null;
    let t0 = 0;
    const lang = pageLanguage();
    const published = unseenReading(publishedDate());
    const annotator = new PageAnnotator(document, null, async (pieces) =>
      (await askExtension<{ pieces: (WirePiece | null)[] }>({ type: 'recognise', lang, published, pieces }, answers)).pieces,
    );
    return timed(async () => {
      t0 = performance.now();
      return await annotator.scan({ onFirstPaint: () => void (firstPaint ??= afterNextFrame()) });
    }).then(async (timing) => {
      // Not timed: the cards come when the reader starts pointing, not during the scan.
      const near = annotator.annotationsNear(innerHeight).slice(0, 80);
      if (near.length) await askExtension({ type: 'cards', lang, published, uiLang: 'nl', refs: near.map((a) => [a.key, a.i]) }, answers);
      return { ...timing, firstPaintMs: firstPaint ? (await firstPaint) - t0 : NaN, tabBytes: bytesOf(answers) };
    });
  },

  /** The floor: a TreeWalker reading every text node's data. */
  walk(): Promise<Timing> {
    return timed(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let length = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) length += (n as Text).data.length;
      return length;
    });
  },

  /**
   * The whole pass on the page's main thread: collect + recognise + paint, with the engine run
   * in the page (as the content script did before recognition moved to the background). The
   * extension's real cost to a page is measured with the test build (tools/bench.ts).
   */
  full(lexicon: CompiledLexicon): Promise<Timing> {
    return timed(async () => {
      const lang = pageLanguage();
      const published = publishedDate();
      let n = 0;
      const annotator = new PageAnnotator(document, null, async (texts) =>
        texts.map((text): WirePiece | null => {
          const found = recognise(text, lexicon, { lang, published }).annotations;
          return found.length ? { key: String(n++), a: encodeAnnotations(found) } : null;
        }),
      );
      (globalThis as Record<string, unknown>).__mlAnnotator = annotator;
      return annotator.scan();
    });
  },

  /**
   * The page's share of the full pass: the same scan, but every block's annotations were
   * recognised before the clock started, so the timed work is collecting, placing and
   * painting alone — what the full pass would cost with a recogniser that took no time.
   */
  pageSide(lexicon: CompiledLexicon): Promise<Timing> {
    const lang = pageLanguage();
    const published = publishedDate();
    const ready = new Map<string, WirePiece | null>();
    for (const block of collectBlocks(document.body)) {
      for (const [from, to] of piecesOf(block.text)) {
        const text = block.text.slice(from, to);
        const found = recognise(text, lexicon, { lang, published }).annotations;
        ready.set(text, found.length ? { key: String(ready.size), a: encodeAnnotations(found) } : null);
      }
    }
    return timed(async () => {
      const annotator = new PageAnnotator(document, null, async (texts) => texts.map((t) => ready.get(t) ?? null));
      return annotator.scan();
    });
  },

  /**
   * mark.js highlighting the term list (wraps every match in a <mark>). mark.js walks its
   * keyword list by recursion (each keyword's done callback starts the next), which overflows
   * the stack for ~1000 keywords; so the list goes in batches of 100, the next batch started
   * from a microtask: still one task, as with a single call, but with a fresh stack.
   */
  mark(terms: string[]): Promise<Timing> {
    return timed(
      () =>
        new Promise<number>((resolve) => {
          let marks = 0;
          const instance = new Mark(document.body);
          const batch = (from: number) => {
            if (from >= terms.length) return resolve(marks);
            instance.mark(terms.slice(from, from + 100), {
              separateWordSearch: false,
              each: () => marks++,
              done: () => void Promise.resolve().then(() => batch(from + 100)),
            });
          };
          batch(0);
        }),
    );
  },
};

(globalThis as Record<string, unknown>).__mlBench = bench;

/**
 * Watching a dynamic page without hurting it. Mutations are batched; a normal batch hands
 * the touched nodes to a partial re-read. Past a threshold (a "mutation storm": a ticker,
 * an animation written in DOM, a hostile page) nodes are no longer tracked: one full re-read
 * runs once the page has been quiet for a moment, or at the latest every `maxWaitMs`.
 *
 * While storming the observer is disconnected: every observed mutation costs the page a
 * MutationRecord, and measured on a page making a million text changes a second, merely
 * observing slowed it down about twentyfold. Instead the watcher looks again for a short
 * probe window every `quietMs`; when a probe sees a calm page, it re-reads it in full and
 * goes back to watching.
 */

export interface MutationWatcherOptions {
  /** How long records are gathered before a batch is handled. */
  batchMs?: number;
  /** Records in one batch beyond which the page counts as storming. */
  stormRecords?: number;
  /**
   * Distinct blocks changed in one batch beyond which the page counts as storming (measured by
   * `countBlocks`): 900 text nodes rewritten every 160 ms stay under the record count, yet
   * re-reading 900 paragraphs per batch would keep the page's thread busy for good.
   */
  stormBlocks?: number;
  /** How many distinct blocks a batch's nodes touch; without it only records are counted. */
  countBlocks?: (nodes: Node[]) => number;
  /** Quiet time after a storm before the full re-read. */
  quietMs?: number;
  /** Longest wait for quiet before re-reading anyway. */
  maxWaitMs?: number;
  /** How long a probe for quiet observes the page. */
  probeMs?: number;
}

export class MutationWatcher {
  private observer: MutationObserver | null = null;
  private pending: Node[] = [];
  private pendingCount = 0;
  private batchTimer: ReturnType<typeof setTimeout> | undefined;
  private quietTimer: ReturnType<typeof setTimeout> | undefined;
  private stormSince = 0;
  private probing = false;
  private probeTimer: ReturnType<typeof setTimeout> | undefined;
  /** Nodes a probe saw change, to count the blocks they touch. */
  private probed: Node[] = [];
  /** True while the page is storming (exposed for tests and the popup). */
  storming = false;
  private readonly opts: Required<Omit<MutationWatcherOptions, 'countBlocks'>> & Pick<MutationWatcherOptions, 'countBlocks'>;

  constructor(
    private readonly root: Node,
    private readonly ignore: (node: Node) => boolean,
    private readonly onNodes: (nodes: Node[]) => void,
    private readonly onFullRescan: () => void,
    options: MutationWatcherOptions = {},
  ) {
    this.opts = { batchMs: 150, stormRecords: 1000, stormBlocks: 200, quietMs: 800, maxWaitMs: 5000, probeMs: 150, ...options };
  }

  start(): void {
    if (this.observer) return;
    this.observer = new MutationObserver((records) => this.take(records));
    this.observe();
  }

  private observe(): void {
    this.observer?.observe(this.root, { subtree: true, childList: true, characterData: true });
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.batchTimer);
    clearTimeout(this.quietTimer);
    clearTimeout(this.probeTimer);
    this.pending = [];
    this.pendingCount = 0;
    this.storming = false;
    this.probing = false;
    this.probed = [];
  }

  private take(records: MutationRecord[]): void {
    this.pendingCount += records.length;
    if (this.storming) {
      // Records of a probe window: their number, and (below the record count) how many blocks they touch.
      if (this.probing && this.pendingCount > this.opts.stormRecords) this.endProbe();
      else if (this.probing && this.opts.countBlocks) for (const r of records) this.probed.push(r.target);
      return;
    }
    for (const r of records) {
      if (this.ignore(r.target)) continue;
      if (r.type === 'characterData') this.pending.push(r.target);
      else {
        r.addedNodes.forEach((n) => this.pending.push(n));
        if (r.removedNodes.length) {
          // The parent is re-read; removed subtrees are passed too, so what was in them goes.
          this.pending.push(r.target);
          r.removedNodes.forEach((n) => this.pending.push(n));
        }
      }
    }
    if (this.pendingCount > this.opts.stormRecords) return this.startStorm();
    this.batchTimer ??= setTimeout(() => this.flush(), this.opts.batchMs);
  }

  /** Stop tracking nodes and observing; probe for quiet, then re-read the page in full. */
  private startStorm(): void {
    this.storming = true;
    this.stormSince = Date.now();
    this.pending = [];
    clearTimeout(this.batchTimer);
    this.batchTimer = undefined;
    this.observer?.disconnect();
    this.scheduleProbe();
  }

  private flush(): void {
    this.batchTimer = undefined;
    const nodes = this.pending;
    this.pending = [];
    this.pendingCount = 0;
    if (!nodes.length) return;
    if (this.opts.countBlocks && this.opts.countBlocks(nodes) > this.opts.stormBlocks) return this.startStorm();
    this.onNodes(nodes);
  }

  /** Look again after `quietMs`; re-read anyway when the storm has lasted `maxWaitMs`. */
  private scheduleProbe(): void {
    clearTimeout(this.quietTimer);
    this.quietTimer = setTimeout(() => {
      if (!this.observer) return;
      if (Date.now() - this.stormSince >= this.opts.maxWaitMs) {
        this.stormSince = Date.now();
        this.onFullRescan();
      }
      this.probing = true;
      this.pendingCount = 0;
      this.probed = [];
      this.observe();
      this.probeTimer = setTimeout(() => this.endProbe(), this.opts.probeMs);
    }, this.opts.quietMs);
  }

  private endProbe(): void {
    if (!this.probing || !this.observer) return;
    clearTimeout(this.probeTimer);
    this.probing = false;
    // Take what the probe recorded, so a busy probe is judged on all of it.
    const late = this.observer.takeRecords();
    this.pendingCount += late.length;
    const probed = this.probed;
    this.probed = [];
    const manyBlocks = () => {
      if (!this.opts.countBlocks) return false;
      for (const r of late) probed.push(r.target);
      return this.opts.countBlocks(probed) > this.opts.stormBlocks;
    };
    if (this.pendingCount > this.opts.stormRecords * (this.opts.probeMs / this.opts.batchMs) || manyBlocks()) {
      // Still storming: stop observing again.
      this.observer.disconnect();
      this.pendingCount = 0;
      this.scheduleProbe();
      return;
    }
    // Calm: keep observing and read the page afresh.
    this.storming = false;
    this.pendingCount = 0;
    this.onFullRescan();
  }
}

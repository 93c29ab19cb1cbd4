/**
 * Watching a dynamic page without hurting it. Mutations are batched; a normal batch hands
 * the touched nodes to a partial re-read. Past a threshold (a "mutation storm": a ticker,
 * an animation written in DOM, a hostile page) nodes are no longer tracked: one full re-read
 * runs once the page has been quiet for a moment, or at the latest every `maxWaitMs`.
 */

export interface MutationWatcherOptions {
  /** How long records are gathered before a batch is handled. */
  batchMs?: number;
  /** Records in one batch beyond which the page counts as storming. */
  stormRecords?: number;
  /** Quiet time after a storm before the full re-read. */
  quietMs?: number;
  /** Longest wait for quiet before re-reading anyway. */
  maxWaitMs?: number;
}

export class MutationWatcher {
  private observer: MutationObserver | null = null;
  private pending: Node[] = [];
  private pendingCount = 0;
  private batchTimer: ReturnType<typeof setTimeout> | undefined;
  private quietTimer: ReturnType<typeof setTimeout> | undefined;
  private stormSince = 0;
  /** True while the page is storming (exposed for tests and the popup). */
  storming = false;
  private readonly opts: Required<MutationWatcherOptions>;

  constructor(
    private readonly root: Node,
    private readonly ignore: (node: Node) => boolean,
    private readonly onNodes: (nodes: Node[]) => void,
    private readonly onFullRescan: () => void,
    options: MutationWatcherOptions = {},
  ) {
    this.opts = { batchMs: 150, stormRecords: 1000, quietMs: 800, maxWaitMs: 5000, ...options };
  }

  start(): void {
    if (this.observer) return;
    this.observer = new MutationObserver((records) => this.take(records));
    this.observer.observe(this.root, { subtree: true, childList: true, characterData: true });
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.batchTimer);
    clearTimeout(this.quietTimer);
    this.pending = [];
    this.pendingCount = 0;
    this.storming = false;
  }

  private take(records: MutationRecord[]): void {
    this.pendingCount += records.length;
    if (this.storming) {
      this.scheduleQuietRescan();
      return;
    }
    for (const r of records) {
      if (this.ignore(r.target)) continue;
      if (r.type === 'characterData') this.pending.push(r.target);
      else {
        r.addedNodes.forEach((n) => this.pending.push(n));
        if (r.removedNodes.length) this.pending.push(r.target);
      }
    }
    if (this.pendingCount > this.opts.stormRecords) {
      this.storming = true;
      this.stormSince = Date.now();
      this.pending = [];
      clearTimeout(this.batchTimer);
      this.batchTimer = undefined;
      this.scheduleQuietRescan();
      return;
    }
    this.batchTimer ??= setTimeout(() => this.flush(), this.opts.batchMs);
  }

  private flush(): void {
    this.batchTimer = undefined;
    const nodes = this.pending;
    this.pending = [];
    this.pendingCount = 0;
    if (nodes.length) this.onNodes(nodes);
  }

  private scheduleQuietRescan(): void {
    clearTimeout(this.quietTimer);
    const waited = Date.now() - this.stormSince;
    const delay = waited >= this.opts.maxWaitMs ? 0 : Math.min(this.opts.quietMs, this.opts.maxWaitMs - waited);
    this.quietTimer = setTimeout(() => {
      this.storming = false;
      this.pendingCount = 0;
      this.stormSince = Date.now();
      this.onFullRescan();
    }, delay);
  }
}

/**
 * Reading the page's visible text without changing it.
 *
 * One TreeWalker pass reads every text node; `segments` remember where each node starts in
 * its block's text so recogniser offsets can be mapped back to DOM positions. Subtrees that are not
 * reading text (scripts, form fields, editable areas, hidden and aria-hidden content, the
 * extension's own UI) are rejected whole.
 */

export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in `CollectedText.text`. */
  start: number;
}

export interface CollectedText {
  text: string;
  segments: TextSegment[];
}

const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE', 'META', 'LINK',
]);

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY',
  'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'CAPTION',
]);

/** True for elements whose subtree is not text a reader reads on the page. */
export function isSkippedElement(el: Element, uiHost: Element | null): boolean {
  if (el === uiHost) return true;
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  // Most elements carry no attribute at all: skip the three look-ups for them.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/**
 * The page's text as blocks: a new block starts at every block-level element, so each block
 * is a paragraph, heading, list item or cell. Recognition runs per block (a sentence never
 * spans two), which lets a mutation re-read only the blocks it touched and lets a long page
 * be processed in slices.
 */
export function collectBlocks(root: Node, uiHost: Element | null = null): CollectedText[] {
  const walk = walkBlocks(root, uiHost);
  let step = walk.next();
  while (!step.done) step = walk.next();
  return step.value;
}

/**
 * The same, handing the main thread back to the page whenever a slice of `sliceMs` is used
 * up: reading a page of a million nodes must not freeze it. Nodes the page removes in the
 * meantime end the walk early; the mutation watcher re-reads what changed.
 */
export async function collectBlocksInSlices(
  root: Node,
  uiHost: Element | null,
  sliceMs: number,
  yieldToPage: () => Promise<void>,
): Promise<CollectedText[]> {
  const walk = walkBlocks(root, uiHost);
  let sliceStart = performance.now();
  let step = walk.next();
  while (!step.done) {
    if (performance.now() - sliceStart > sliceMs) {
      await yieldToPage();
      sliceStart = performance.now();
    }
    step = walk.next();
  }
  return step.value;
}

/** Pauses (yields) every this many nodes so a caller can check the clock. */
const NODES_PER_STEP = 2000;

function* walkBlocks(root: Node, uiHost: Element | null): Generator<void, CollectedText[]> {
  if (root.nodeType === Node.TEXT_NODE) {
    const data = (root as Text).data;
    return data.trim() ? [{ text: data, segments: [{ node: root as Text, start: 0 }] }] : [];
  }
  const blocks: CollectedText[] = [];
  let parts: string[] = [];
  let segments: TextSegment[] = [];
  let length = 0;
  let hasWord = false;
  const flush = () => {
    if (hasWord) blocks.push({ text: parts.join(''), segments });
    parts = [];
    segments = [];
    length = 0;
    hasWord = false;
  };
  // A plain depth-first walk over firstChild/nextSibling: the same nodes, in the same order,
  // as a TreeWalker (SHOW_ELEMENT | SHOW_TEXT) rejecting skipped subtrees, but without a
  // filter callback from native code into script for every node, which made collection the
  // slowest part of reading a long page.
  let node: Node | null = root.firstChild;
  let count = 0;
  while (node) {
    if (++count === NODES_PER_STEP) {
      count = 0;
      yield;
      if (!node.isConnected && root.isConnected) break; // removed by the page meanwhile
    }
    let descend = false;
    const type = node.nodeType;
    if (type === 3) {
      const data = (node as Text).data;
      if (data) {
        segments.push({ node: node as Text, start: length });
        parts.push(data);
        length += data.length;
        if (!hasWord && /\S/.test(data)) hasWord = true;
      }
    } else if (type === 1 && !isSkippedElement(node as Element, uiHost)) {
      if (BLOCK_TAGS.has((node as Element).tagName.toUpperCase())) flush();
      descend = true;
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  flush();
  return blocks;
}

/** True for block-level elements: the unit a mutation re-reads. */
export function isBlockElement(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

/** Index of the segment containing text offset `offset` (the last one starting at or before it). */
export function segmentIndexAt(segments: readonly TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A DOM Range over text offsets [start, end) of the collected text, or null if out of reach. */
export function rangeForOffsets(collected: CollectedText, start: number, end: number): Range | null {
  const { segments } = collected;
  if (!segments.length || end <= start) return null;
  const a = segments[segmentIndexAt(segments, start)];
  const b = segments[segmentIndexAt(segments, end - 1)];
  const startOffset = Math.min(Math.max(start - a.start, 0), a.node.data.length);
  const endOffset = Math.min(Math.max(end - b.start, 0), b.node.data.length);
  const range = a.node.ownerDocument.createRange();
  try {
    range.setStart(a.node, startOffset);
    range.setEnd(b.node, endOffset);
  } catch {
    return null; // the page removed or shortened the node since it was read
  }
  return range;
}

/**
 * Reading the page's visible text without changing it.
 *
 * One depth-first pass reads every text node; `segments` remember where each piece starts in
 * its block's text so recogniser offsets can be mapped back to DOM positions. Subtrees that are not
 * reading text (scripts, form fields, editable areas, hidden and aria-hidden content, the
 * extension's own UI) are rejected whole.
 *
 * An element with nothing inside that needs a closer look (no block, nothing to skip) is read
 * in one native call (`textContent`: the same text nodes, in the same order) and kept as one
 * segment; its text nodes are only visited again for the few blocks that have annotations.
 * Touching a node from the content script gives it a wrapper object in the extension's
 * world, and on a page of a million nodes those wrappers (and the garbage collections they
 * caused) were most of what the reader felt.
 */

export interface TextSegment {
  /** A text node, or an element whose whole text is this piece of the block. */
  node: Text | Element;
  /** Offset of the piece's first character in `CollectedText.text`. */
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

/** Every block-level element, for one native query. */
export const BLOCK_SELECTOR = [...BLOCK_TAGS].map((tag) => tag.toLowerCase()).join(', ');

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

/** Inside an element, what makes it need reading node by node rather than in one piece. */
const READ_CLOSELY = [
  ...[...BLOCK_TAGS, ...SKIP_TAGS].map((tag) => tag.toLowerCase()),
  '[hidden]',
  '[aria-hidden="true"]',
  '[contenteditable]:not([contenteditable="false"])',
].join(', ');

/** True when the element's text is exactly its textContent as far as this walk goes. */
function readsWhole(el: Element, uiHost: Element | null): boolean {
  return el.querySelector(READ_CLOSELY) === null && !(uiHost && el.contains(uiHost));
}

function* walkBlocks(root: Node, uiHost: Element | null): Generator<void, CollectedText[]> {
  if (root.nodeType === 3) {
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
  const add = (node: Text | Element, data: string) => {
    segments.push({ node, start: length });
    parts.push(data);
    length += data.length;
    if (!hasWord && /\S/.test(data)) hasWord = true;
  };
  // A plain depth-first walk over firstChild/nextSibling: the same nodes, in the same order,
  // as a TreeWalker (SHOW_ELEMENT | SHOW_TEXT) rejecting skipped subtrees, but without a
  // filter callback from native code into script for every node.
  let node: Node | null = root.firstChild;
  let count = 0;
  while (node) {
    if (++count >= NODES_PER_STEP) {
      count = 0;
      yield;
      if (!node.isConnected && root.isConnected) break; // removed by the page meanwhile
    }
    let descend = false;
    const type = node.nodeType;
    if (type === 3) {
      const data = (node as Text).data;
      if (data) add(node as Text, data);
    } else if (type === 1 && !isSkippedElement(node as Element, uiHost)) {
      if (BLOCK_TAGS.has((node as Element).tagName.toUpperCase())) flush();
      if (node.firstChild && readsWhole(node as Element, uiHost)) {
        const data = node.textContent ?? '';
        if (data) add(node as Element, data);
        // Two native walks of the subtree: worth several script-walked nodes on the clock.
        count += 8 + (data.length >> 3);
      } else descend = true;
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

/** A block's text read again from its segments (as it was collected, if the page has not changed it since). */
export function textOfSegments(segments: readonly TextSegment[]): string {
  let text = '';
  for (const s of segments) text += s.node.nodeType === 3 ? (s.node as Text).data : (s.node.textContent ?? '');
  return text;
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

/** The text nodes inside a segment read whole, in document order (what its textContent joined). */
function textWalker(el: Node): TreeWalker {
  return el.ownerDocument!.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
}

/** The non-empty text nodes of an element read whole, and where each ends in its text. */
interface TextNodes {
  nodes: Text[];
  ends: number[];
}

/**
 * The text nodes of each segment read whole, listed the first time one of its positions is
 * asked for: a block's annotations ask for several positions in the same segment, and walking
 * the element again for each took most of the time placing them.
 */
const listedTextNodes = new WeakMap<TextSegment, TextNodes>();

function textNodes(segment: TextSegment): TextNodes {
  let found = listedTextNodes.get(segment);
  if (!found) {
    found = { nodes: [], ends: [] };
    const walker = textWalker(segment.node);
    let end = 0;
    for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
      if (!t.length) continue;
      end += t.length;
      found.nodes.push(t);
      found.ends.push(end);
    }
    listedTextNodes.set(segment, found);
  }
  return found;
}

/**
 * The text node and offset at a position inside a segment. `pos` is an offset into the
 * segment's text; a start position is placed in the node holding the character at `pos`, an
 * end position in the node holding the character before it, as a text segment would be.
 * Lengths are read as `length`, never `data.length`: in the content script's world each read of
 * `data` materialises the node's whole text, and placing the annotations of a megabyte's node
 * spent most of its time there (~200 ms of 220 in a profile).
 */
function pointIn(segment: TextSegment, pos: number, side: 'start' | 'end'): [Text, number] | null {
  const { node } = segment;
  if (node.nodeType === 3) return [node as Text, Math.min(Math.max(pos, 0), (node as Text).length)];
  const { nodes, ends } = textNodes(segment);
  if (!nodes.length) return null;
  const target = side === 'start' ? pos : pos - 1;
  // The first node that ends after the target character.
  let lo = 0;
  let hi = nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid] > target) hi = mid;
    else lo = mid + 1;
  }
  if (lo === nodes.length) {
    const last = nodes[nodes.length - 1];
    return [last, last.length]; // the page shortened the text since
  }
  const before = lo ? ends[lo - 1] : 0;
  return [nodes[lo], Math.max(pos - before, 0)];
}

/** The DOM positions of text offsets [start, end) of the collected text, or null if out of reach. */
export function pointsForOffsets(collected: CollectedText, start: number, end: number): [[Text, number], [Text, number]] | null {
  const { segments } = collected;
  if (!segments.length || end <= start) return null;
  const a = segments[segmentIndexAt(segments, start)];
  const b = segments[segmentIndexAt(segments, end - 1)];
  const from = pointIn(a, start - a.start, 'start');
  const to = pointIn(b, end - b.start, 'end');
  return from && to ? [from, to] : null;
}

/** A DOM Range over text offsets [start, end) of the collected text, or null if out of reach. */
export function rangeForOffsets(collected: CollectedText, start: number, end: number): Range | null {
  const points = pointsForOffsets(collected, start, end);
  if (!points) return null;
  const [[startNode, startOffset], [endNode, endOffset]] = points;
  const range = startNode.ownerDocument.createRange();
  try {
    range.setStart(startNode, startOffset);
    range.setEnd(endNode, endOffset);
  } catch {
    return null; // the page removed or shortened the node since it was read
  }
  return range;
}

/**
 * Every text node of a block with the offset where it starts in the block's text; a segment
 * read whole is opened up only when `open(element)` says so (callers ask for the few that
 * hold what they look for).
 */
export function textNodesOf(block: CollectedText, open: (el: Element) => boolean = () => true): { node: Text; start: number }[] {
  const out: { node: Text; start: number }[] = [];
  for (const s of block.segments) {
    if (s.node.nodeType === 3) {
      out.push({ node: s.node as Text, start: s.start });
      continue;
    }
    if (!open(s.node as Element)) continue;
    const walker = textWalker(s.node);
    let at = s.start;
    for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
      out.push({ node: t, start: at });
      at += t.length;
    }
  }
  return out;
}

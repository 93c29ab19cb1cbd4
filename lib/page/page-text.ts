/**
 * Reading the page's text again for the annotations already on it: the annotator keeps no
 * text, so an export (which needs each annotation's sentence) and a background that has
 * forgotten a piece (it was stopped and started again) are given the text read afresh.
 */
import { outermost } from './block-index';
import { collectBlocks, textNodesOf, type CollectedText } from './collect';
import { piecesOf } from './pieces';
import type { Block, PlacedAnnotation } from './placing';

export interface AnnotationEntry {
  annotation: PlacedAnnotation;
  /** The text of its block, and where the annotation is in it. */
  blockText: string;
  start: number;
  end: number;
}

/**
 * Every annotation in reading order with the text of its block and where it stands in it.
 * Positions come from the live ranges, so they hold even if the page changed since.
 */
export function annotationEntries(all: readonly PlacedAnnotation[], root: Element, uiHost: Element | null): AnnotationEntry[] {
  const wanted = new Set<Node>();
  // Elements read whole are opened up only when an annotation lies inside them.
  const holders = new Set<Node>();
  for (const a of all) {
    for (const n of [a.dom.startContainer, a.dom.endContainer]) {
      wanted.add(n);
      for (let p = n.parentNode; p && !holders.has(p); p = p.parentNode) holders.add(p);
    }
  }
  const where = new Map<Node, { block: CollectedText; start: number }>();
  for (const block of collectBlocks(root, uiHost)) {
    for (const s of textNodesOf(block, (el) => holders.has(el))) if (wanted.has(s.node)) where.set(s.node, { block, start: s.start });
  }
  return all.map((annotation) => {
    const a = where.get(annotation.dom.startContainer);
    const b = where.get(annotation.dom.endContainer);
    if (!a) return { annotation, blockText: annotation.text, start: 0, end: annotation.text.length };
    const start = a.start + annotation.dom.startOffset;
    const end = b?.block === a.block ? b.start + annotation.dom.endOffset : start + annotation.text.length;
    return { annotation, blockText: a.block.text, start, end };
  });
}

/** The annotated pieces of the page and each annotation's place in them, for an export. */
export interface ExportPieces {
  pieces: string[];
  /** Where each piece starts in its block's text. */
  offsets: number[];
  items: { piece: number; start: number; end: number }[];
}

export function exportPieces(entries: readonly AnnotationEntry[]): ExportPieces {
  const out: ExportPieces = { pieces: [], offsets: [], items: [] };
  const byBlock = new Map<string, { first: number; parts: [number, number][] }>();
  for (const e of entries) {
    let known = byBlock.get(e.blockText);
    if (!known) {
      known = { first: out.pieces.length, parts: piecesOf(e.blockText) };
      for (const [from, to] of known.parts) {
        out.pieces.push(e.blockText.slice(from, to));
        out.offsets.push(from);
      }
      byBlock.set(e.blockText, known);
    }
    let k = 0;
    while (k + 1 < known.parts.length && known.parts[k + 1][0] <= e.start) k++;
    const from = known.parts[k][0];
    out.items.push({ piece: known.first + k, start: e.start - from, end: e.end - from });
  }
  return out;
}

/** The pieces of text, read afresh, of the blocks holding annotations of these pieces. */
export function piecesHolding(blocks: readonly Block[], keys: ReadonlySet<string>, uiHost: Element | null): string[] {
  const owners = new Set<Element>();
  for (const b of blocks) if (b.owner && b.holdsPieceOf(keys)) owners.add(b.owner);
  const texts: string[] = [];
  for (const owner of outermost(owners)) {
    if (!owner.isConnected) continue;
    for (const block of collectBlocks(owner, uiHost)) for (const [from, to] of piecesOf(block.text)) texts.push(block.text.slice(from, to));
  }
  return texts;
}

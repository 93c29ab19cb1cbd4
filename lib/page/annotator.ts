/**
 * The page side of the engine: read the page's text, recognise, paint, and answer "which
 * annotation is here?". This and the other lib/page modules are the only library code that
 * touches the DOM; the page's own nodes are only read, never changed.
 */
import type { Annotation } from '../recognise/types';
import { collectText, rangeForOffsets, type CollectedText } from './collect';
import { annotationIndexAt, caretAt, rectsContain } from './hit-test';
import { paintHighlights, supportsHighlights, type HighlightKind } from './highlights';

export interface PlacedAnnotation extends Annotation {
  /** Where the annotation is in the page. */
  dom: Range;
}

export type Recognise = (text: string) => Annotation[];

function highlightKind(a: Annotation): HighlightKind {
  if (a.kind === 'term') return 'term';
  return a.verdict ?? 'figure';
}

/** A range is worth showing only when a reader can see its text. */
function isVisible(range: Range): boolean {
  const el = range.startContainer.parentElement;
  if (!el) return false;
  if (typeof el.checkVisibility === 'function') return el.checkVisibility({ visibilityProperty: true, opacityProperty: false } as never);
  return el.getClientRects().length > 0;
}

export class PageAnnotator {
  private collected: CollectedText = { text: '', segments: [] };
  private nodeStart = new Map<Text, number>();
  annotations: PlacedAnnotation[] = [];

  constructor(
    private readonly doc: Document,
    private readonly uiHost: Element | null,
    private readonly recognise: Recognise,
  ) {}

  /** Read the whole page again, recognise and repaint. */
  scan(): PlacedAnnotation[] {
    const root = this.doc.body ?? this.doc.documentElement;
    this.collected = collectText(root, this.uiHost);
    this.nodeStart = new Map(this.collected.segments.map((s) => [s.node, s.start]));
    const placed: PlacedAnnotation[] = [];
    for (const a of this.recognise(this.collected.text)) {
      const range = rangeForOffsets(this.collected, a.start, a.end);
      if (range && isVisible(range)) placed.push({ ...a, dom: range });
    }
    this.annotations = placed;
    this.paint();
    return placed;
  }

  paint(): void {
    if (!supportsHighlights(this.doc.defaultView ?? window)) return;
    const groups: Partial<Record<HighlightKind, Range[]>> = {};
    for (const a of this.annotations) (groups[highlightKind(a)] ??= []).push(a.dom);
    paintHighlights(this.doc, groups);
  }

  /** The annotation under a viewport point, confirmed against the text's boxes. */
  annotationAtPoint(x: number, y: number): PlacedAnnotation | null {
    const caret = caretAt(this.doc, x, y);
    if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
    const start = this.nodeStart.get(caret.node as Text);
    if (start === undefined) return null;
    const at = start + caret.offset;
    // The caret sits between characters: the one under the pointer is before or after it.
    for (const offset of [at, at - 1]) {
      const i = annotationIndexAt(this.annotations, offset);
      if (i >= 0 && rectsContain(this.annotations[i].dom, x, y)) return this.annotations[i];
    }
    return null;
  }

  /** The first annotation inside an element (for keyboard focus on links and headings). */
  firstAnnotationWithin(el: Element): PlacedAnnotation | null {
    for (const a of this.annotations) {
      if (el.contains(a.dom.startContainer)) return a;
    }
    return null;
  }
}

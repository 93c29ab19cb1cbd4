import { useLayoutEffect, useRef } from 'preact/hooks';
import type { CardModel, NoteTarget } from '../lib/view/card';
import type { Translate } from '../lib/view/i18n';
import type { Placement } from '../lib/view/geometry';
import { FactCard } from './FactCard';

interface Props {
  model: CardModel;
  t: Translate;
  /** Where to put a card of this size (computed by the caller from the word's box). */
  place: (size: { width: number; height: number }, prefer?: Placement['side']) => Placement;
  onClose: () => void;
  onHover: (inside: boolean) => void;
  copy?: (text: string) => Promise<boolean>;
  saveNote?: (target: NoteTarget, text: string) => Promise<void>;
}

/**
 * Measures the card once rendered and moves it to the place the caller computes.
 *
 * The position is written straight onto the element rather than kept in state: a state
 * update would render the card a second time, and lay the page out again, between the
 * pointer event and the frame that shows the card — the card would then miss that frame.
 */
export function CardLayer({ model, t, place, onClose, onHover, copy, saveNote }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  // What the card was last placed for; the observer below sees only the element.
  const placed = useRef<{ width: number; height: number; side?: Placement['side'] }>({ width: -1, height: -1 });
  const placeRef = useRef(place);
  placeRef.current = place;

  const apply = (el: HTMLDivElement) => {
    const width = el.offsetWidth;
    const height = el.offsetHeight;
    const prev = placed.current;
    if (width === prev.width && height === prev.height && prev.side) return;
    const pos = placeRef.current({ width, height }, prev.side);
    placed.current = { width, height, side: pos.side };
    el.dataset.side = pos.side;
    const s = el.style;
    s.left = `${pos.left}px`;
    if (pos.bottom !== undefined) {
      s.bottom = `${pos.bottom}px`;
      s.top = '';
    } else {
      s.top = `${pos.top}px`;
      s.bottom = '';
    }
    s.visibility = 'visible';
  };

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    placed.current = { width: -1, height: -1, side: placed.current.side };
    apply(el);
  }, [model, place]);
  // The card grows while a note is edited: place it again, on the same side if it fits. (The
  // observer's first report, of the size just placed, changes nothing.)
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => apply(el));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={ref}
      class="card-position"
      style={{ position: 'fixed', left: '0px', top: '0px', visibility: 'hidden' }}
      onPointerEnter={() => onHover(true)}
      onPointerLeave={() => onHover(false)}
    >
      <FactCard model={model} t={t} onClose={onClose} copy={copy} saveNote={saveNote} />
    </div>
  );
}

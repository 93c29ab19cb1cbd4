import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CardModel, NoteTarget } from '../lib/card';
import type { Translate } from '../lib/i18n';
import type { Placement } from '../lib/page/placement';
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

/** Measures the card once rendered and moves it to the place the caller computes. */
export function CardLayer({ model, t, place, onClose, onHover, copy, saveNote }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<Placement | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setPos((prev) => place({ width: el.offsetWidth, height: el.offsetHeight }, prev?.side));
  }, [model, place]);
  // The card grows while a note is edited: place it again, on the same side if it fits.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setPos((prev) => place({ width: el.offsetWidth, height: el.offsetHeight }, prev?.side)));
    observer.observe(el);
    return () => observer.disconnect();
  }, [place]);
  return (
    <div
      ref={ref}
      class="card-position"
      data-side={pos?.side}
      style={{
        position: 'fixed',
        left: `${pos?.left ?? 0}px`,
        ...(pos?.bottom !== undefined ? { bottom: `${pos.bottom}px` } : { top: `${pos?.top ?? 0}px` }),
        visibility: pos ? 'visible' : 'hidden',
      }}
      onPointerEnter={() => onHover(true)}
      onPointerLeave={() => onHover(false)}
    >
      <FactCard model={model} t={t} onClose={onClose} copy={copy} saveNote={saveNote} />
    </div>
  );
}

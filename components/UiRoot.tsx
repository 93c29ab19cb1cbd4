import type { CardModel, NoteTarget } from '../lib/view/card';
import type { Translate } from '../lib/view/i18n';
import type { OverlayBox, Placement } from '../lib/view/geometry';
import { AnnotationList, type ListItem } from './AnnotationList';
import { CardLayer } from './CardLayer';
import { ExportButtons } from './ExportButtons';
import type { ExportFile, ExportFormat } from '../lib/export';

export interface UiState {
  card: { key: string; model: CardModel; place: (size: { width: number; height: number }, prefer?: Placement['side']) => Placement } | null;
  list: ListItem[] | null;
  overlay: OverlayBox[];
}

/** What the drawn UI calls back (the content script answers). */
export interface UiCallbacks {
  closeCard: () => void;
  closeList: () => void;
  openFromList: (index: number) => void;
  hoverCard: (inside: boolean) => void;
  copy: (text: string) => Promise<boolean>;
  exportFile: (format: ExportFormat, clipboard: boolean) => Promise<ExportFile>;
  saveNote: (target: NoteTarget, text: string) => Promise<void>;
}

interface Props extends UiState, UiCallbacks {
  t: Translate;
  download: (file: ExportFile) => void;
}

/** Everything the extension draws on a page: overlay boxes (fallback), the list, the card. */
export function UiRoot({ card, list, overlay, t, closeCard, closeList, openFromList, hoverCard, copy, exportFile, download, saveNote }: Props) {
  return (
    <>
      {overlay.map((b, i) => (
        <div
          key={i}
          class={`overlay-box overlay-${b.kind}`}
          style={{ left: `${b.left}px`, top: `${b.top}px`, width: `${b.width}px`, height: `${b.height}px` }}
        />
      ))}
      {list && (
        <AnnotationList
          items={list}
          t={t}
          onOpen={openFromList}
          onClose={closeList}
          exports={list.length > 0 && <ExportButtons t={t} make={exportFile} download={download} copy={copy} />}
        />
      )}
      {card && (
        <CardLayer key={card.key} model={card.model} t={t} place={card.place} onClose={closeCard} onHover={hoverCard} copy={copy} saveNote={saveNote} />
      )}
    </>
  );
}

/**
 * The fact base as this page holds it: the snapshot and compiled lexicon from the background,
 * their index for cards, and the page's recogniser (page language and publication date read
 * afresh each time the page is read).
 */
import { askBackground } from '../../lib/messaging/client';
import { shareStrings } from '../../lib/ext/share-strings';
import type { SnapshotReply } from '../../lib/factbase/service';
import { yieldToPage, type Recognise } from '../../lib/page/annotator';
import { pageLanguage } from '../../lib/page/language';
import { publishedDate } from '../../lib/page/published';
import { recognise } from '../../lib/recognise/recognise';
import { indexSnapshot, type SnapshotIndex } from '../../lib/view/card';

export class PageFactBase {
  private constructor(
    private reply: SnapshotReply,
    public index: SnapshotIndex,
  ) {}

  /**
   * Three tasks rather than one: the reply arriving, sharing its strings (10-30 ms on a fresh
   * page), then indexing. Together they made one task of over 50 ms on a page's first load.
   */
  static async load(): Promise<PageFactBase> {
    const raw = await askBackground({ type: 'getSnapshot' });
    await yieldToPage();
    const reply = shareStrings(raw as SnapshotReply);
    await yieldToPage();
    return new PageFactBase(reply, indexSnapshot(reply.snapshot));
  }

  /** Fetch the fact base again (a pack or note changed). */
  async reload(): Promise<void> {
    this.reply = shareStrings((await askBackground({ type: 'getSnapshot' })) as SnapshotReply);
    this.index = indexSnapshot(this.reply.snapshot);
  }

  /** The recogniser for the page as it is now (its language and publication date). */
  recogniser(doc: Document): Recognise {
    const lang = pageLanguage(doc);
    const published = publishedDate(doc);
    return (text) => recognise(text, this.reply.lexicon, { lang, published }).annotations;
  }
}

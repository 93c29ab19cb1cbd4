/**
 * The printable context sheet of an article: its title and URL, then every annotation by
 * pillar with its source. Opened from the class view for one tab (`?tab=ID`).
 */
import { useEffect, useState } from 'preact/hooks';
import { ClassView } from '../../components/ClassView';
import { formatDate } from '../../lib/view/citation';
import { groupByPillar, type PageCards } from '../../lib/view/class-view';
import { askPage, targetTab } from '../../lib/ext/page-link';
import { startPage } from '../../lib/ext/start-page';
import { translator } from '../../lib/view/i18n';

function Sheet({ lang }: { lang: 'nl' | 'en' }) {
  const t = translator(lang);
  const [page, setPage] = useState<PageCards | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    targetTab()
      .then((tab) => (tab ? askPage<PageCards>(tab.id, { type: 'pageCards' }) : Promise.reject(new Error(t('classNoPage')))))
      .then((p) => {
        setPage(p);
        document.title = `${t('sheetTitle')} — ${p.title}`;
      })
      .catch((e: Error) => setError(e.message || t('classNoPage')));
  }, []);
  if (error) return <p role="alert">{error}</p>;
  if (!page) return null;
  const today = new Date().toISOString().slice(0, 10);
  return (
    <article class="sheet">
      <header class="sheet-head">
        <p class="brand">Migration Lens · {t('sheetTitle')}</p>
        <h1>{page.title}</h1>
        <p class="url">
          {t('sheetArticle')}: {page.url}
        </p>
        <p class="checked">{t('sheetChecked', formatDate(today, lang))}</p>
        <p>{t('sheetIntro')}</p>
        <button type="button" class="no-print" onClick={() => window.print()}>
          {t('sheetPrint')}
        </button>
      </header>
      <ClassView groups={groupByPillar(page, t('classOther'))} t={t} reveal={false} />
    </article>
  );
}

// The title names the article, once it is known (above).
void startPage((lang) => <Sheet lang={lang} />);

import { useState } from 'preact/hooks';
import type { ExportFile, ExportFormat } from '../lib/export';
import type { Translate } from '../lib/view/i18n';

interface Props {
  t: Translate;
  /** The file for a format; `clipboard` asks for the text to copy (no byte order mark). */
  make: (format: ExportFormat, clipboard: boolean) => Promise<ExportFile>;
  download: (file: ExportFile) => void;
  copy: (text: string) => Promise<boolean>;
}

const FORMATS: { format: ExportFormat; label: string }[] = [
  { format: 'csv', label: 'CSV' },
  { format: 'markdown', label: 'Markdown' },
  { format: 'json', label: 'JSON' },
  { format: 'claimreview', label: 'ClaimReview' },
];

/** Download or copy the page's annotations with their verdicts and citations. */
export function ExportButtons({ t, make, download, copy }: Props) {
  const [message, setMessage] = useState('');
  const run = async (format: ExportFormat, toClipboard: boolean) => {
    try {
      const file = await make(format, toClipboard);
      if (toClipboard) setMessage((await copy(file.text)) ? t('exportCopied', file.filename) : t('cardCopyFailed'));
      else {
        download(file);
        setMessage(t('exportDownloaded', file.filename));
      }
    } catch (e) {
      setMessage(t('errorPrefix', (e as Error).message));
    }
  };
  return (
    <div class="export">
      <table class="export-table">
        <caption>{t('exportTitle')}</caption>
        <tbody>
          {FORMATS.map(({ format, label }) => (
            <tr key={format}>
              <th scope="row">{label}</th>
              <td>
                <button type="button" class="small" aria-label={t('exportDownload', label)} onClick={() => run(format, false)}>
                  {t('exportDownloadShort')}
                </button>
              </td>
              <td>
                <button type="button" class="small secondary" aria-label={t('exportCopy', label)} onClick={() => run(format, true)}>
                  {t('exportCopyShort')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="export-status" role="status">
        {message}
      </p>
    </div>
  );
}

/** Save text as a file from an extension page or the content script's own UI. */
export function downloadText(file: ExportFile, parent: ParentNode & Node): void {
  const blob = new Blob([file.text], { type: file.mimeType });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.filename;
  a.hidden = true;
  parent.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

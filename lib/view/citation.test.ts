import { describe, expect, it } from 'vitest';
import { formatCitation, formatDate } from './citation';

const source = {
  title: 'Voortgang integrale migratieagenda',
  publisher: 'Staatssecretaris van Justitie en Veiligheid',
  date: '2019-10-14',
  reference: 'Kamerstuk 19 637, nr. 2535',
};

describe('citations', () => {
  it('formats dates at the precision the source gives', () => {
    expect(formatDate('2019-10-14', 'nl')).toBe('14 oktober 2019');
    expect(formatDate('2019-10', 'en')).toBe('October 2019');
    expect(formatDate('2018', 'en')).toBe('2018');
    expect(formatDate(undefined, 'nl')).toBe('z.d.');
  });

  it('writes a plain citation with quote and locator', () => {
    expect(formatCitation(source, 'nl', 'plain', { quote: 'circa 40 procent', locator: 'Pijler 4' })).toBe(
      'Voortgang integrale migratieagenda, Staatssecretaris van Justitie en Veiligheid, 14 oktober 2019, Kamerstuk 19 637, nr. 2535. (vindplaats: Pijler 4) Citaat: “circa 40 procent”',
    );
  });

  it('writes an APA-like citation in English and Dutch', () => {
    expect(formatCitation(source, 'en', 'apa')).toBe(
      'Staatssecretaris van Justitie en Veiligheid. (2019, October 14). Voortgang integrale migratieagenda (Kamerstuk 19 637, nr. 2535).',
    );
    expect(formatCitation({ ...source, citing: 'UNHCR Global Trends 2016', url: 'https://example.org/a' }, 'nl', 'apa')).toBe(
      'Staatssecretaris van Justitie en Veiligheid. (2019, 14 oktober). Voortgang integrale migratieagenda (Kamerstuk 19 637, nr. 2535). Met verwijzing naar UNHCR Global Trends 2016. https://example.org/a',
    );
  });
});

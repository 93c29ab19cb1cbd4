/**
 * Deterministic news-like pages and article text for `npm run bench`.
 *
 * Pages are built from sentence templates with varied vocabulary, in Dutch (most of the
 * page) and English (sections marked lang="en"), with the structure real news pages have:
 * a site header and navigation, headings, paragraphs with links and nested inline
 * elements, asides, tables of figures, lists, a footer. Migration terms (taken from the
 * bundled packs' surface forms) and figures ("ruim 38.000", "circa 40 procent", "in 2023")
 * appear at about the density of migration news. The same seed gives the same page.
 */

/** Mulberry32: a small, fast, seedable PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

export interface Vocabulary {
  /** Surface forms per language (wildcards stripped), from the bundled packs. */
  termsNl: string[];
  termsEn: string[];
}

const NL = {
  subjects: ['Het kabinet', 'De minister', 'De staatssecretaris', 'Een woordvoerder van het ministerie', 'De Tweede Kamer', 'De gemeente Utrecht', 'Burgemeester Halsema', 'De Raad van State', 'Het CBS', 'Een onderzoeker van de Universiteit Leiden', 'De provincie Groningen', 'De oppositie', 'Vluchtelingenwerk', 'De Adviesraad Migratie', 'Een rechter in Den Haag', 'De Europese Commissie'],
  verbs: ['meldde', 'schreef', 'liet weten', 'zei', 'benadrukte', 'waarschuwde', 'concludeerde', 'stelde', 'erkende', 'betoogde', 'rekende voor', 'wees erop'],
  connect: ['dat', 'dat volgens ramingen', 'dat in de praktijk', 'dat vorig jaar', 'dat sinds de zomer', 'dat in de eerste helft van het jaar', 'dat bij nader inzien'],
  fillers: ['de woningmarkt staat onder druk', 'de wachttijden lopen verder op', 'de begroting wordt herzien', 'de opvanglocaties zijn vol', 'er meer personeel nodig is', 'de cijfers per kwartaal schommelen', 'het debat donderdag wordt voortgezet', 'de gemeenten meer geld vragen', 'de rechtspraak achterloopt', 'de plannen nog niet zijn uitgewerkt', 'de coalitie verdeeld blijft', 'de evaluatie in het najaar volgt', 'het aantal klachten toeneemt', 'de kosten hoger uitvallen dan begroot'],
  places: ['Ter Apel', 'Budel', 'Zoetermeer', 'Rotterdam', 'Amsterdam', 'Den Bosch', 'Leeuwarden', 'Zwolle', 'Maastricht', 'Groningen', 'Eindhoven', 'Arnhem'],
  qualifiers: ['ruim', 'circa', 'bijna', 'ongeveer', 'zo’n', 'meer dan', 'minder dan', 'iets meer dan', ''],
  units: ['mensen', 'aanvragen', 'plekken', 'dossiers', 'personen', 'bedden', 'woningen', 'zaken'],
  months: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  headings: ['Achtergrond', 'Reactie', 'Cijfers', 'Wat verandert er?', 'Kritiek', 'De gemeenten', 'Europa', 'Vooruitblik', 'Analyse', 'Hoe zit het?'],
  asides: ['Lees ook', 'Meer over dit onderwerp', 'Uitgelicht', 'Context'],
  links: ['lees meer', 'het rapport', 'de Kamerbrief', 'eerdere berichtgeving', 'de cijfers van het CBS', 'de reactie van de minister'],
};

const EN = {
  subjects: ['The government', 'The minister', 'A spokesperson for the ministry', 'Parliament', 'The city council', 'The European Commission', 'A researcher at Leiden University', 'The opposition', 'The Dutch Council for Refugees', 'A court in The Hague', 'Eurostat', 'The agency'],
  verbs: ['said', 'reported', 'wrote', 'stressed', 'warned', 'concluded', 'argued', 'acknowledged', 'estimated', 'pointed out'],
  connect: ['that', 'that according to estimates', 'that last year', 'that in practice', 'that since the summer', 'that in the first half of the year'],
  fillers: ['the housing market is under pressure', 'waiting times keep growing', 'the budget will be revised', 'reception centres are full', 'more staff is needed', 'the quarterly figures fluctuate', 'the debate will continue on Thursday', 'municipalities are asking for more money', 'the courts are behind schedule', 'the plans have not been worked out yet', 'the coalition remains divided', 'costs are higher than budgeted'],
  places: ['Ter Apel', 'Brussels', 'Rotterdam', 'Amsterdam', 'The Hague', 'Utrecht', 'Athens', 'Lampedusa'],
  qualifiers: ['more than', 'about', 'nearly', 'almost', 'around', 'fewer than', 'roughly', ''],
  units: ['people', 'applications', 'places', 'cases', 'beds', 'homes', 'decisions'],
  headings: ['Background', 'Reaction', 'The figures', 'What changes?', 'Criticism', 'Europe', 'Outlook', 'Analysis'],
  asides: ['Read more', 'Related', 'Highlights', 'Context'],
  links: ['read more', 'the report', 'the letter to parliament', 'earlier coverage', 'the official statistics'],
};

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function nlNumber(r: Rand): string {
  const k = r();
  if (k < 0.35) return (Math.floor(r() * 90) + 10).toLocaleString('nl-NL') + '.' + String(Math.floor(r() * 1000)).padStart(3, '0');
  if (k < 0.55) return String(Math.floor(r() * 900) + 100);
  if (k < 0.7) return `${Math.floor(r() * 9) + 1},${Math.floor(r() * 10)} miljoen`;
  if (k < 0.8) return pick(r, ['duizend', 'tienduizend', 'vijftigduizend', 'honderd', 'twaalfhonderd', 'een half miljoen']);
  return String(Math.floor(r() * 9000) + 1000);
}

function enNumber(r: Rand): string {
  const k = r();
  if (k < 0.4) return (Math.floor(r() * 90) + 10) + ',' + String(Math.floor(r() * 1000)).padStart(3, '0');
  if (k < 0.6) return String(Math.floor(r() * 900) + 100);
  if (k < 0.75) return `${Math.floor(r() * 9) + 1}.${Math.floor(r() * 10)} million`;
  return pick(r, ['a thousand', 'ten thousand', 'half a million', 'two hundred']);
}

const year = (r: Rand) => String(2014 + Math.floor(r() * 11));

/** One sentence: a plain one, one with a term, or one with a figure (and often both). */
function sentence(r: Rand, lang: 'nl' | 'en', v: Vocabulary): string {
  const L = lang === 'nl' ? NL : EN;
  const terms = lang === 'nl' ? v.termsNl : v.termsEn;
  const k = r();
  const subj = pick(r, L.subjects);
  const verb = pick(r, L.verbs);
  const con = pick(r, L.connect);
  if (k < 0.35) return `${subj} ${verb} ${con} ${pick(r, L.fillers)}.`;
  const term = pick(r, terms);
  if (k < 0.6) {
    return lang === 'nl'
      ? `${subj} ${verb} ${con} de ${term} in ${pick(r, L.places)} ${pick(r, ['opnieuw ter discussie staat', 'voorlopig blijft', 'wordt geëvalueerd', 'aandacht vraagt', 'zal veranderen'])}, en ${pick(r, L.fillers)}.`
      : `${subj} ${verb} ${con} ${term} in ${pick(r, L.places)} ${pick(r, ['remains under discussion', 'will be evaluated', 'needs attention', 'is set to change'])}, and ${pick(r, L.fillers)}.`;
  }
  const q = pick(r, L.qualifiers);
  const num = lang === 'nl' ? nlNumber(r) : enNumber(r);
  const y = year(r);
  if (k < 0.75) {
    const pct = Math.floor(r() * 90) + 5;
    return lang === 'nl'
      ? `Volgens ${subj.toLowerCase()} ging het in ${y} om ${q ? q + ' ' : ''}${pct} procent van de ${term}.`
      : `According to ${subj.toLowerCase()}, ${q ? q + ' ' : ''}${pct} percent of ${term} in ${y} ${pick(r, ['were rejected', 'were approved', 'left the country', 'were still pending'])}.`;
  }
  if (k < 0.9) {
    return lang === 'nl'
      ? `In ${y} waren er ${q ? q + ' ' : ''}${num} ${term}, ${pick(r, ['meer dan', 'minder dan', 'evenveel als'])} een jaar eerder.`
      : `In ${y} there were ${q ? q + ' ' : ''}${num} ${term}, ${pick(r, ['more than', 'fewer than', 'as many as'])} a year earlier.`;
  }
  return lang === 'nl'
    ? `Op ${Math.floor(r() * 28) + 1} ${pick(r, NL.months)} ${y} ${verb} ${subj.toLowerCase()} dat ${q ? q + ' ' : ''}${num} ${pick(r, L.units)} ${pick(r, ['werden afgehandeld', 'nog wachten', 'zijn toegezegd'])}.`
    : `On ${Math.floor(r() * 28) + 1} May ${y} ${subj.toLowerCase()} ${verb} that ${q ? q + ' ' : ''}${num} ${pick(r, L.units)} ${pick(r, ['were processed', 'are still waiting', 'were promised'])}.`;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Wraps some words of a sentence in inline elements: links, emphasis, nested spans. */
function inline(r: Rand, s: string, lang: 'nl' | 'en'): string {
  const L = lang === 'nl' ? NL : EN;
  const parts = esc(s).split(' ');
  const k = r();
  if (parts.length > 6 && k < 0.25) {
    const i = 1 + Math.floor(r() * (parts.length - 4));
    parts.splice(i, 2, `<a href="#p${Math.floor(r() * 1000)}">${parts[i]} ${parts[i + 1]}</a>`);
  } else if (parts.length > 6 && k < 0.4) {
    const i = 1 + Math.floor(r() * (parts.length - 4));
    parts.splice(i, 3, `<strong>${parts[i]} <em>${parts[i + 1]}</em> ${parts[i + 2]}</strong>`);
  } else if (parts.length > 6 && k < 0.5) {
    const i = 1 + Math.floor(r() * (parts.length - 3));
    parts.splice(i, 1, `<span class="kw"><span>${parts[i]}</span></span>`);
  } else if (k < 0.55) {
    parts.push(`(<a href="#ref">${esc(pick(r, L.links))}</a>)`);
  }
  return parts.join(' ');
}

export interface GeneratedPage {
  html: string;
  words: number;
}

/** A news page of about `target` words. */
export function generatePage(target: number, vocab: Vocabulary, seed = 7): GeneratedPage {
  const r = rng(seed * 1_000_003 + target);
  const out: string[] = [];
  let count = 0;
  const add = (html: string, text: string) => {
    out.push(html);
    count += words(text);
  };
  const para = (lang: 'nl' | 'en', n: number) => {
    const html: string[] = [];
    let text = '';
    for (let i = 0; i < n; i++) {
      const s = sentence(r, lang, vocab);
      html.push(inline(r, s, lang));
      text += ' ' + s;
    }
    add(`<p>${html.join(' ')}</p>`, text);
  };
  const head = `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="article:published_time" content="2024-06-20T09:00:00+02:00">
<title>Bench page, ${target} words</title>
<style>
body { font: 17px/1.6 Georgia, serif; max-width: 760px; margin: 0 auto; padding: 16px 24px; color: #222; background: #fdfdfb; }
header.site { border-bottom: 3px solid #c00; font: bold 14px system-ui, sans-serif; text-transform: uppercase; }
nav a { margin-right: 12px; }
aside { float: right; width: 220px; margin: 0 0 12px 16px; padding: 12px; background: #f1f1ec; font: 14px/1.5 system-ui, sans-serif; }
table { border-collapse: collapse; margin: 12px 0; font: 14px system-ui, sans-serif; }
td, th { border: 1px solid #ccc; padding: 2px 8px; }
.kw span { font-variant: small-caps; }
footer { margin-top: 32px; color: #666; font: 13px system-ui, sans-serif; }
</style>
</head>
<body>
<header class="site">Demo Nieuws <nav><a href="#">Binnenland</a><a href="#">Buitenland</a><a href="#">Politiek</a><a href="#">Economie</a></nav></header>
<main><article>
`;
  let section = 0;
  while (count < target) {
    section++;
    const lang: 'nl' | 'en' = section % 4 === 0 ? 'en' : 'nl';
    const L = lang === 'nl' ? NL : EN;
    if (lang === 'en') out.push('<section lang="en">');
    const h = pick(r, L.headings);
    add(section === 1 ? `<h1>${esc(sentence(r, lang, vocab))}</h1>` : `<h2>${esc(h)}</h2>`, h);
    if (section === 1) add(`<p class="meta">Door de redactie · <time datetime="2024-06-20">20 juni 2024</time></p>`, 'Door de redactie 20 juni 2024');
    const paras = 3 + Math.floor(r() * 4);
    for (let p = 0; p < paras && count < target; p++) {
      if (r() < 0.12) {
        const items: string[] = [];
        for (let i = 0; i < 3; i++) items.push(`<li><a href="#a${i}">${esc(sentence(r, lang, vocab))}</a></li>`);
        add(`<aside><h3>${esc(pick(r, L.asides))}</h3><ul>${items.join('')}</ul></aside>`, items.join(' ').replace(/<[^>]+>/g, ' '));
      }
      if (r() < 0.08) {
        const rows: string[] = [];
        let text = '';
        for (let y = 0; y < 5; y++) {
          const yr = 2019 + y;
          const a = Math.floor(r() * 40000) + 5000;
          const b = Math.floor(r() * 90) + 5;
          rows.push(`<tr><td>${yr}</td><td>${a.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB')}</td><td>${b}%</td></tr>`);
          text += ` ${yr} ${a} ${b}%`;
        }
        const cap = lang === 'nl' ? pick(r, vocab.termsNl) : pick(r, vocab.termsEn);
        add(`<table><caption>${esc(cap)}</caption><thead><tr><th>${lang === 'nl' ? 'Jaar' : 'Year'}</th><th>${lang === 'nl' ? 'Aantal' : 'Number'}</th><th>%</th></tr></thead><tbody>${rows.join('')}</tbody></table>`, cap + text);
      }
      if (r() < 0.05) {
        const items: string[] = [];
        for (let i = 0; i < 4; i++) items.push(`<li>${inline(r, sentence(r, lang, vocab), lang)}</li>`);
        add(`<ul>${items.join('')}</ul>`, items.join(' ').replace(/<[^>]+>/g, ' '));
      }
      para(lang, 2 + Math.floor(r() * 5));
    }
    if (lang === 'en') out.push('</section>');
  }
  const foot = `</article></main>
<footer><p>© Demo Nieuws. Alle rechten voorbehouden. <a href="#">Privacy</a> · <a href="#">Cookies</a></p></footer>
</body>
</html>
`;
  return { html: head + out.join('\n') + foot, words: count };
}

/** Plain article text of at least `bytes` UTF-8 bytes (for the engine's throughput in Node). */
export function generateArticleText(bytes: number, vocab: Vocabulary, seed = 11): string {
  const r = rng(seed);
  const paras: string[] = [];
  let size = 0;
  let i = 0;
  while (size < bytes) {
    const lang: 'nl' | 'en' = ++i % 4 === 0 ? 'en' : 'nl';
    const n = 3 + Math.floor(r() * 4);
    const p: string[] = [];
    for (let k = 0; k < n; k++) p.push(sentence(r, lang, vocab));
    const s = p.join(' ');
    paras.push(s);
    size += Buffer.byteLength(s) + 2;
  }
  return paras.join('\n\n');
}

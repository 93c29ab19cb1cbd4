import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collectBlocks, isSkippedElement, pointsForOffsets, textNodesOf, type CollectedText } from './collect';

/**
 * What a reader's text is, written the slow way as the reference: every text node in
 * document order, leaving out skipped subtrees, a new block at every block element, blocks
 * without a word dropped.
 */
function referenceReading(root: Node, uiHost: Element | null): { text: string; nodes: { node: Text; start: number }[] }[] {
  const BLOCK = /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|BR|DD|DETAILS|DIALOG|DIV|DL|DT|FIELDSET|FIGCAPTION|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HGROUP|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|SUMMARY|TABLE|TBODY|TD|TFOOT|TH|THEAD|TR|UL|CAPTION)$/;
  const blocks: { text: string; nodes: { node: Text; start: number }[] }[] = [];
  let current = { text: '', nodes: [] as { node: Text; start: number }[] };
  const flush = () => {
    if (/\S/.test(current.text)) blocks.push(current);
    current = { text: '', nodes: [] };
  };
  const visit = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3 && (c as Text).data) {
        current.nodes.push({ node: c as Text, start: current.text.length });
        current.text += (c as Text).data;
      } else if (c.nodeType === 1 && !isSkippedElement(c as Element, uiHost)) {
        if (BLOCK.test((c as Element).tagName.toUpperCase())) flush();
        visit(c);
      }
    }
  };
  visit(root);
  flush();
  return blocks;
}

const PAGE = `<!doctype html><html><body>
<main>
  <h1>Het <em>kabinet</em> en de <a href="#">asielinstroom</a></h1>
  <p>Plain paragraph with <b>bold <i>and italic</i></b> words and <a href="#">a link</a>.</p>
  <p>A line<br>broken by a <span>br<br>inside a span</span> twice.</p>
  <div>Text before <p>a nested paragraph</p> and text after it joins that paragraph.</div>
  <p>Visible <span hidden>hidden words</span> only.</p>
  <p>Visible <span aria-hidden="true">aria-hidden words</span> only.</p>
  <p>Visible <span aria-hidden="false">shown words</span> too.</p>
  <p>Editable: <span contenteditable>typed here</span>.</p>
  <p>Editable: <span contenteditable="true">also typed</span>.</p>
  <p>Editable: <span contenteditable="false">not editable</span>.</p>
  <p>Code <script>var x = 1;</script> between.</p>
  <p>Style <style>p{}</style> between.</p>
  <p>A field <textarea>a field</textarea> between.</p>
  <p>A button <button>a button</button> between.</p>
  <section><span>inline <span>deep <span>deeper</span></span></span> then <svg><text>svg text</text></svg> after</section>
  <p>   </p>
  <ul><li>one <b>item</b></li><li>two</li></ul>
  <table><tr><td>cell <b>one</b></td><td>cell two</td></tr></table>
  <p id="host-holder">Before the host <migration-lens-ui>extension UI text</migration-lens-ui> after the host.</p>
</main>
</body></html>`;

function setUp() {
  const { document } = parseHTML(PAGE);
  // Empty text nodes occur in real pages (scripts set .data = ''); the reading skips them.
  document.querySelector('b')!.append(document.createTextNode(''));
  const uiHost = document.querySelector('migration-lens-ui')!;
  return { document, uiHost };
}

describe('collectBlocks', () => {
  it('reads the same blocks, text and text nodes as a node-by-node reading', () => {
    const { document, uiHost } = setUp();
    const blocks = collectBlocks(document.body, uiHost);
    const reference = referenceReading(document.body, uiHost);
    expect(blocks.map((b) => b.text)).toEqual(reference.map((b) => b.text));
    blocks.forEach((block, i) => {
      const nodes = textNodesOf(block).filter((n) => n.node.data);
      expect(nodes.map((n) => [n.node.data, n.start])).toEqual(reference[i].nodes.map((n) => [n.node.data, n.start]));
      expect(nodes.every((n, k) => n.node === reference[i].nodes[k].node)).toBe(true);
    });
  });

  it('leaves out hidden, aria-hidden, editable, script, form and extension text, and splits at blocks', () => {
    const { document, uiHost } = setUp();
    const texts = collectBlocks(document.body, uiHost).map((b) => b.text.trim());
    const all = texts.join('\n');
    for (const gone of ['hidden words', 'aria-hidden words', 'typed here', 'also typed', 'var x', 'a field', 'a button', 'svg text', 'extension UI text']) {
      expect(all).not.toContain(gone);
    }
    for (const kept of ['shown words', 'not editable', 'deep deeper', 'after the host']) expect(all).toContain(kept);
    expect(texts).toContain('Plain paragraph with bold and italic words and a link.');
    expect(texts).toContain('broken by a br');
    expect(texts).toContain('a nested paragraph and text after it joins that paragraph.');
    expect(texts).toContain('cell one');
  });

  it('reads an element with nothing to skip or split inside as one piece', () => {
    const { document, uiHost } = setUp();
    const plain = collectBlocks(document.body, uiHost).find((b) => b.text.startsWith('Plain paragraph'))!;
    // (The white space after the paragraph, before the next one, belongs to its block too.)
    expect((plain.segments[0].node as Element).tagName).toBe('P');
    expect(plain.text.slice(0, plain.segments[1]?.start)).toBe('Plain paragraph with bold and italic words and a link.');
    // A paragraph holding the extension's host is read node by node, around the host.
    const around = collectBlocks(document.body, uiHost).find((b) => b.text.startsWith('Before the host'))!;
    expect(around.segments.every((s) => s.node.nodeType === 3)).toBe(true);
  });

  it('maps every word of every block back to the text nodes that hold it', () => {
    const { document, uiHost } = setUp();
    const blocks = collectBlocks(document.body, uiHost);
    const textBetween = (block: CollectedText, from: [Text, number], to: [Text, number]) => {
      const nodes = textNodesOf(block);
      const i = nodes.findIndex((n) => n.node === from[0]);
      const j = nodes.findIndex((n) => n.node === to[0]);
      expect(i).toBeGreaterThanOrEqual(0);
      expect(j).toBeGreaterThanOrEqual(i);
      if (i === j) return from[0].data.slice(from[1], to[1]);
      return from[0].data.slice(from[1]) + nodes.slice(i + 1, j).map((n) => n.node.data).join('') + to[0].data.slice(0, to[1]);
    };
    let words = 0;
    for (const block of blocks) {
      for (const m of block.text.matchAll(/\S+/g)) {
        const points = pointsForOffsets(block, m.index!, m.index! + m[0].length)!;
        expect(points).not.toBeNull();
        // A word starts inside the node holding its first character and ends in the one
        // holding its last: never at the very end of one node or the start of the next.
        expect(points[0][1]).toBeLessThan(points[0][0].data.length);
        expect(points[1][1]).toBeGreaterThan(0);
        expect(textBetween(block, points[0], points[1])).toBe(m[0]);
        words++;
      }
    }
    expect(words).toBeGreaterThan(60);
  });

  it('gives up on offsets the page has since taken away', () => {
    const { document, uiHost } = setUp();
    const block = collectBlocks(document.body, uiHost).find((b) => b.text.startsWith('Plain paragraph'))!;
    (block.segments[0].node as Element).textContent = '';
    expect(pointsForOffsets(block, 0, 5)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { augmentHtml, decodeEntities, htmlToText, indexedText, pageParts, partsBlock, PARTS_MARK, spaceBlocks } from '../../../../src/lib/search/augment';
import { defaultSplitter } from '../../../../src/lib/search/compounds';

const split = defaultSplitter();

const page = (body: string) =>
  `<!doctype html><html lang="nl"><head><title>x</title></head><body><header><nav>klantreis menu</nav></header><main id="main"><div data-pagefind-body><span hidden data-pagefind-filter="type:Boek"></span>${body}</div></main><footer>klantbeleving voet</footer></body></html>`;

describe('htmlToText', () => {
  it.each([
    ['<p>Een <strong>klant</strong>reis</p>', 'Een klant reis'],
    ['<p>A &amp; B &#233; &#x2019; &nbsp;c</p>', 'A & B é ’ c'],
    ['<script>var klantreis = 1</script><p>tekst</p>', 'tekst'],
    ['<svg><title>klantpet</title></svg><p>tekst</p>', 'tekst'],
    ['<aside data-pagefind-ignore><p>klantpet</p></aside><p>tekst</p>', 'tekst'],
    ['<!-- klantpet --><p>tekst</p>', 'tekst'],
  ])('%s', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it('leaves unknown entities alone', () => {
    expect(decodeEntities('&bogus; &#0; &#xZZ;')).toBe('&bogus; &#0; &#xZZ;');
  });
});

describe('indexedText', () => {
  it('reads the title and only the body, not header or footer', () => {
    const got = indexedText(page('<h1>Het Bromvlieg-effect</h1><p>Over klantbeleving.</p>'))!;
    expect(got.title).toBe('Het Bromvlieg-effect');
    expect(got.text).toBe('Het Bromvlieg-effect Over klantbeleving.');
  });
  it('is null for a page Pagefind skips', () => {
    expect(indexedText('<html><body><main><h1>x</h1></main></body></html>')).toBeNull();
  });
});

describe('pageParts', () => {
  it('adds the parts of title and body compounds that are not on the page already', () => {
    const parts = pageParts('Het Bromvlieg-effect', 'Het Bromvlieg-effect. Over klantbeleving, klantbeleving en de klant.', split);
    expect(parts.title).toEqual(expect.arrayContaining(['brom', 'vlieg']));
    expect(parts.body.get('beleving')).toBe(2);
    expect(parts.body.has('klant')).toBe(false); // stands on the page itself
    expect(parts.body.has('vlieg')).toBe(false); // already a title part
  });
});

describe('partsBlock', () => {
  it('fences the parts, weights title parts and caps repeats', () => {
    const html = partsBlock({ title: ['vlieg'], body: new Map([['beleving', 9], ['reis', 1]]) });
    expect(html).toBe(
      `<div hidden data-cx-parts>${PARTS_MARK} <span data-pagefind-weight="7">vlieg</span> beleving beleving beleving reis ${PARTS_MARK}</div>`,
    );
  });
  it('is empty when there is nothing to add', () => {
    expect(partsBlock({ title: [], body: new Map() })).toBe('');
  });
});

describe('augmentHtml', () => {
  it('inserts the block right after the data-pagefind-body opening tag', () => {
    const { html, added } = augmentHtml(page('<h1>Klantreis</h1><p>Over klantbeleving.</p>'), split);
    expect(added).toBeGreaterThan(0);
    expect(html).toContain(`<div data-pagefind-body><div hidden data-cx-parts>${PARTS_MARK} `);
    // The block comes before the first heading, so it never becomes a heading's sub-result.
    expect(html.indexOf('data-cx-parts')).toBeLessThan(html.indexOf('<h1>'));
  });
  it('leaves pages without data-pagefind-body or without compounds unchanged', () => {
    const skipped = '<html><body><p>klantbeleving</p></body></html>';
    expect(augmentHtml(skipped, split)).toEqual({ html: skipped, added: 0 });
    const plain = page('<h1>Over</h1><p>Een korte tekst.</p>');
    expect(augmentHtml(plain, split)).toEqual({ html: plain, added: 0 });
  });
  it('only ever adds a hidden block of plain words, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
        const before = page(`<h1>Titel</h1><p>${escaped}</p>`);
        const { html } = augmentHtml(before, split);
        const at = before.indexOf('<div data-pagefind-body>') + '<div data-pagefind-body>'.length;
        const block = html.slice(at, at + html.length - before.length);
        expect(html.replace(block, '')).toBe(before);
        if (block) expect(block).toMatch(/^<div hidden data-cx-parts>⁂ (<span data-pagefind-weight="7">[\p{L}\p{N} ]+<\/span> )?[\p{L}\p{N} ]* ⁂<\/div>$/u);
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('spaceBlocks', () => {
  it.each([
    ['<tr><th>Soort klant</th><td>Winst per jaar</td></tr>', '<tr><th>Soort klant </th><td>Winst per jaar </td> </tr>'],
    ['<ul><li>Een</li><li>Twee</li></ul>', '<ul><li>Een </li><li>Twee </li></ul>'],
    ['<dl><dt>NPS</dt><dd>Net Promoter Score</dd></dl>', '<dl><dt>NPS </dt><dd>Net Promoter Score </dd></dl>'],
    ['regel<br>regel<br/>', 'regel <br>regel <br/>'],
    ['<p>Een <strong>klant</strong>reis</p>', '<p>Een <strong>klant</strong>reis</p>'], // inline elements stay glued; Pagefind ends a paragraph itself
    ['<h2>Kort gezegd</h2><p>Tekst</p>', '<h2>Kort gezegd</h2><p>Tekst</p>'], // and a heading (with a full stop)
    ['<TD>x</TD >', '<TD>x </TD >'],
  ])('%s', (html, spaced) => {
    expect(spaceBlocks(html)).toBe(spaced);
  });

  it('only ever adds spaces', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (html) => {
        const out = spaceBlocks(html);
        expect(out.replace(/ /g, '')).toBe(html.replace(/ /g, ''));
      }),
      { numRuns: 10_000 },
    );
  });
});

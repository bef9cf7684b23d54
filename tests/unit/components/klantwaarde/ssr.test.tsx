// @vitest-environment node
/**
 * The calculator as the build renders it: no DOM, so every part renders in place (see Later.tsx).
 */
import { describe, expect, it } from 'vitest';
import { renderToString } from 'preact-render-to-string';
import Calculator from '../../../../src/components/klantwaarde/Calculator';
import { stringsFor } from '../../../../src/i18n';

describe('klantwaarde server render', () => {
  it('renders the article’s example, inputs and results, without NaN or missing strings', () => {
    const html = renderToString(<Calculator strings={stringsFor('klantwaarde.', (key) => key.startsWith('page.'))} />);
    expect(html).toContain('Een ontevreden klant kost je per saldo €\u00a0800.');
    expect(html).toContain('id="kw-profitDetractor"');
    expect(html).toContain('id="kw-link"');
    expect(html).not.toMatch(/NaN|Infinity|undefined|klantwaarde\./);
  });
});

/** The chart and its table render at build time (the page without JavaScript) and escape names. */
import { describe, expect, it } from 'vitest';
import { render } from 'preact-render-to-string';
import { makeT, stringsFor } from '../../../../src/i18n';
import { emptyMatrix, type Matrix } from '../../../../src/lib/impactmatrix/fields';
import { analyse } from '../../../../src/lib/impactmatrix/model';
import BubbleChart, { chartLayout } from '../../../../src/components/impactmatrix/BubbleChart';
import { DataTable, Quadrants } from '../../../../src/components/impactmatrix/Results';
import type { T } from '../../../../src/components/impactmatrix/types';

const t = makeT(stringsFor('impactmatrix.')) as T;
const links = { fix: '/a/', grow: '/b/', cost: '/c/', prevent: '/d/' };

describe('impactmatrix at build time', () => {
  it('draws every touchpoint and shows markup in names as text', () => {
    const m: Matrix = {
      ...emptyMatrix(),
      touchpoints: [
        { name: '<script>alert(1)</script>', sat: 200, impact: 90, volume: 10 },
        { name: '🚗 Schade', sat: 450, impact: 20, volume: 0 },
        { name: 'x'.repeat(200), sat: 300, impact: 50, volume: 1_000_000_000 },
      ],
    };
    const a = analyse(m);
    const html = render(
      <>
        <BubbleChart m={m} a={a} t={t} L={chartLayout(m, a, t, 800, 500, 14)} id="c" />
        <DataTable m={m} a={a} t={t} id="d" />
        <Quadrants m={m} a={a} t={t} id="q" links={links} />
      </>,
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script>alert(1)&lt;/script>');
    expect(html).toContain('🚗 Schade');
    expect(html.match(/class="im-bubble /g)).toHaveLength(3);
    expect(html).toContain('1.000.000.000');
    expect(html).not.toMatch(/NaN|undefined|Infinity|impactmatrix\./);
  });
});

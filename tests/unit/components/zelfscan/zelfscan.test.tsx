// @vitest-environment happy-dom
/**
 * The islands in a DOM: broken storage never blanks the scan, answers are saved, a shared link
 * is shown without touching the saved answers, and the team view lists skipped lines.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import Zelfscan from '../../../../src/components/zelfscan/Zelfscan';
import TeamView from '../../../../src/components/zelfscan/TeamView';
import { stringsFor } from '../../../../src/i18n';
import { slimModel, toClientModel } from '../../../../src/lib/zelfscan/client-model';
import { isLaterKey } from '../../../../src/components/zelfscan/strings';
import { STORAGE_KEY } from '../../../../src/lib/zelfscan/storage';

// The questions as the page passes them, from the YAML (the schema needs astro:content, which is
// server-only; the schema has its own tests): begrippen become references as the schema makes them.
const raw = parse(readFileSync('content/assessment/model.yaml', 'utf8'));
const model = toClientModel({
  ...raw,
  dimensions: raw.dimensions.map((d: { terms?: string[] }) => ({ ...d, terms: (d.terms ?? []).map((id) => ({ collection: 'terms', id })) })),
});
// The strings exactly as the pages pass them.
const scanStrings = stringsFor('zelfscan.', (key) => key.startsWith('page.') || key.startsWith('teamview.') || isLaterKey(key));
const teamStrings = stringsFor('zelfscan.teamview.', (key) => key.startsWith('page.'));
let root: HTMLElement;

async function mount(hash = '') {
  history.replaceState(null, '', `/zelfscan/${hash}`);
  await act(() => {
    render(
      <Zelfscan model={model} strings={scanStrings} adviceUrl="/zelfscan/advies.json" moreUrl="/zelfscan/teksten.json" teamHref="/zelfscan/team/" />,
      root,
    );
  });
}
/** The result's code loads on demand (a dynamic import): wait until it has rendered. */
const resultPart = () =>
  vi.waitFor(async () => {
    await act(() => {}); // flush what the import's resolution scheduled
    expect(root.querySelector('.zs-result')).not.toBeNull();
  }, { timeout: 10_000 }); // the first import is transformed on demand: slow on a busy machine
const text = () => root.textContent ?? '';
const button = (name: RegExp) => [...root.querySelectorAll('button')].find((b) => name.test(b.textContent ?? ''))!;

beforeEach(() => {
  localStorage.clear();
  root = document.createElement('div');
  document.body.append(root);
  // The result fetches advice; the DOM tests do not need it.
  globalThis.fetch = (() => new Promise(() => {})) as typeof fetch;
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('Zelfscan island', () => {
  it('starts on the context screen with enabled controls', async () => {
    await mount();
    expect(root.querySelector('h2')?.textContent).toBe('Eerst iets over jou');
    expect(root.querySelectorAll('select')).toHaveLength(3);
    expect(button(/Begin met de vragen/).disabled).toBe(false);
  });

  it('recovers from garbage in storage with a notice', async () => {
    localStorage.setItem(STORAGE_KEY, '{"kapot": [1, 2,');
    await mount();
    expect(text()).toContain('We konden je bewaarde antwoorden niet lezen');
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('keeps working when storage throws', async () => {
    const fail = () => {
      throw new DOMException('uit', 'SecurityError');
    };
    vi.stubGlobal('localStorage', { getItem: fail, setItem: fail, removeItem: fail });
    try {
      await mount();
      expect(text()).toContain('Je browser bewaart nu niets');
      await act(() => button(/Begin met de vragen/).click());
      expect(root.querySelector('h2')?.textContent).toContain('Onderdeel 1 van 6');
      const radio = root.querySelector<HTMLInputElement>('input[type=radio][value="3"]')!;
      await act(() => radio.click());
      expect(radio.checked).toBe(true);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('saves each answer and the step', async () => {
    await mount();
    await act(() => button(/Begin met de vragen/).click());
    await act(() => root.querySelector<HTMLInputElement>('input[type=radio][value="4"]')!.click());
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY)!);
    expect(saved).toEqual({ v: 2, code: `v1.000.4${'-'.repeat(23)}`, step: 1 });
  });

  it('saves a note with its answer (in the code, format 2)', async () => {
    await mount();
    await act(() => button(/Begin met de vragen/).click());
    const note = root.querySelector<HTMLTextAreaElement>('textarea')!;
    await act(() => {
      note.value = 'Gevraagd aan Anna.';
      note.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).code).toBe(`v1.000.${'-'.repeat(24)}.2.nGevraagd%20aan%20Anna%2E`);
  });

  it('shows a shared link as someone else’s result and leaves the saved answers alone', async () => {
    const own = JSON.stringify({ v: 1, code: `v1.000.${'2'.repeat(24)}`, step: 3 });
    localStorage.setItem(STORAGE_KEY, own);
    await mount(`#v1.000.${'5'.repeat(24)}`);
    expect(root.querySelector('h2')?.textContent).toBe('Uitslag uit een gedeelde link');
    await resultPart();
    expect(root.querySelector('.zs-overall__level')?.textContent).toBe('Niveau 5: Verankeren');
    expect(localStorage.getItem(STORAGE_KEY)).toBe(own);
    await act(() => button(/Naar je eigen scan/).click());
    expect(root.querySelector('h2')?.textContent).toContain('Onderdeel 3 van 6');
    expect(localStorage.getItem(STORAGE_KEY)).toBe(own);
  });

  it('explains a link from another version', async () => {
    await mount(`#v0.000.${'5'.repeat(24)}`);
    expect(text()).toContain('versie 0 van de zelfscan');
    expect(root.querySelector('h2')?.textContent).toBe('Eerst iets over jou');
    render(null, root);
    await mount(`#v7.000.${'5'.repeat(24)}`);
    expect(text()).toContain('nieuwere versie van de zelfscan dan deze pagina');
  });

  it('leaves answers from a newer version alone until the visitor starts fresh', async () => {
    const newer = JSON.stringify({ v: 1, code: `v2.000.${'4'.repeat(24)}`, step: 2 });
    localStorage.setItem(STORAGE_KEY, newer);
    await mount();
    expect(text()).toContain('nieuwere versie van deze site');
    await act(() => button(/Begin met de vragen/).click());
    await act(() => root.querySelector<HTMLInputElement>('input[type=radio][value="2"]')!.click());
    expect(localStorage.getItem(STORAGE_KEY)).toBe(newer);
    await act(() => button(/^Opnieuw beginnen$/).click());
    // What is on screen now is what is saved.
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).code).toBe(`v1.000.2${'-'.repeat(23)}`);
    expect(text()).not.toContain('nieuwere versie van deze site');
  });
});

describe('TeamView island', () => {
  it('compares valid links and lists the rest with a reason', async () => {
    await act(() => {
      render(<TeamView model={slimModel(model)} strings={teamStrings} />, root);
    });
    const area = root.querySelector('textarea')!;
    await act(() => {
      area.value = [`#v1.000.${'1'.repeat(24)}`, 'rommel', `Bo v1.000.${'4'.repeat(24)}`].join('\n');
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(text()).toContain('2 uitslagen vergeleken.');
    expect(text()).toContain('Regel 2: geen link naar een zelfscan-uitslag');
    expect(root.querySelectorAll('.zs-heatmap tbody tr:not(.zs-heatmap__group)')).toHaveLength(24);
    expect([...root.querySelectorAll('.zs-heatmap th[scope=col]')].map((th) => th.textContent)).toEqual([
      'Vraag',
      'Deelnemer 1',
      'Bo',
      'Spreiding',
    ]);
    expect(text()).toContain('Verschil van 2 niveaus of meer');
  });
});

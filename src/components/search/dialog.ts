/**
 * The header's search dialog, loaded on first use by SearchButton.astro (with its CSS).
 * A native modal <dialog>: showModal() makes the page behind it inert (focus stays inside),
 * Escape closes it, and focus goes back to what had it before (the button, or wherever the
 * shortcut was pressed). Pagefind starts loading the moment the dialog opens.
 */
// As a URL, not a plain import: Astro would otherwise link the CSS from every page.
import cssHref from '../../styles/search.css?url';
import { isSearchShortcut } from '../../lib/search/shortcut';
import { withBase } from '../../lib/url';
import { button, h } from './dom';
import { SearchPanel } from './panel';
import { parseStrings, type SearchT } from './strings';

let dialog: HTMLDialogElement | undefined;
let panel: SearchPanel | undefined;
let opener: HTMLElement | null = null;
let navigating = false;

function build(t: SearchT): { dialog: HTMLDialogElement; panel: SearchPanel } {
  const close = button({ class: 'search-dialog__close', 'aria-label': t('close') }, '×', () => d.close());
  const bar = h('div', { class: 'search-dialog__bar' }, h('h2', { id: 'cx-search-title', class: 'search-dialog__title' }, t('dialogTitle')), close);
  const body = h('div', { class: 'search-dialog__body' });
  const full = h('a', { href: withBase('/zoeken/') }, t('fullPage'));
  const footer = h('div', { class: 'search-dialog__footer' }, full, h('span', { class: 'search-dialog__keys' }, t('keys')));
  const d = h('dialog', { class: 'search-dialog', 'aria-labelledby': 'cx-search-title' }, h('div', { class: 'search-dialog__inner' }, bar, body, footer));
  document.body.append(d);

  const p = new SearchPanel(body, {
    t,
    id: 'cx-search',
    pageSize: 8,
    excerptLength: 18,
    visibleLabel: false,
    onNavigate: () => {
      navigating = true;
      d.close();
    },
    onState: () => {
      full.href = withBase(`/zoeken/${p.queryString()}`);
    },
  });
  full.addEventListener('click', () => {
    navigating = true;
  });

  d.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      // Close on the first Escape, also when the search field holds text (which Chromium would clear instead).
      e.preventDefault();
      d.close();
    } else if (isSearchShortcut(e, true)) {
      // Ctrl+K again: back to the field instead of the browser's own search bar.
      e.preventDefault();
      p.focus();
    }
  });
  // A click on the backdrop (outside the inner box) closes, like Escape.
  d.addEventListener('click', (e) => {
    if (e.target === d) d.close();
  });
  d.addEventListener('close', () => {
    document.documentElement.classList.remove('search-open');
    if (!navigating && opener?.isConnected) opener.focus();
    navigating = false;
  });
  return { dialog: d, panel: p };
}

let css: Promise<void> | undefined;

/** Adds the search stylesheet once; resolves when it applied (or failed, so the dialog still opens). */
function loadCss(): Promise<void> {
  css ??= new Promise((resolve) => {
    const el = document.createElement('link');
    el.rel = 'stylesheet';
    el.href = cssHref;
    el.onload = el.onerror = () => resolve();
    document.head.append(el);
  });
  return css;
}

let strings: Promise<SearchT> | undefined;

/** The dialog's strings from `url` (/zoeken/strings.json, see ./strings.ts); rejects when offline, so the caller can fall back. */
function loadStrings(url: string): Promise<SearchT> {
  strings ??= fetch(url).then(async (res) => {
    if (!res.ok) throw new Error(`${url}: ${res.status}`);
    return parseStrings(await res.text());
  });
  strings.catch(() => {
    strings = undefined;
  });
  return strings;
}

/** Opens the dialog with the strings at `stringsUrl`; `from` gets focus back when nothing else had it. */
export async function openSearchDialog(from: HTMLElement, stringsUrl: string): Promise<void> {
  const active = document.activeElement;
  const [t] = await Promise.all([loadStrings(stringsUrl), loadCss()]);
  if (!dialog || !panel) ({ dialog, panel } = build(t));
  if (dialog.open) return;
  opener = active instanceof HTMLElement && active !== document.body ? active : from;
  navigating = false;
  document.documentElement.classList.add('search-open');
  dialog.showModal();
  panel.focus();
  void panel.start();
}

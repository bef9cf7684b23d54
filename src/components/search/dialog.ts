/**
 * The header's search dialog, loaded on first use by SearchButton.astro (with its CSS).
 * A native modal <dialog>: showModal() makes the page behind it inert (focus stays inside),
 * Escape closes it, and focus goes back to what had it before (the button, or wherever the
 * shortcut was pressed). Pagefind starts loading the moment the dialog opens.
 */
// As a URL, not a plain import: Astro would otherwise link the CSS from every page.
import cssHref from '../../styles/search.css?url';
import { search as dict } from '../../i18n/nl/search';
import { makeT } from '../../i18n/translate';
import { isSearchShortcut } from '../../lib/search/shortcut';
import { BASE } from './engine';
import { SearchPanel } from './panel';

const t = makeT(dict);

let dialog: HTMLDialogElement | undefined;
let panel: SearchPanel | undefined;
let opener: HTMLElement | null = null;
let navigating = false;

function build(): { dialog: HTMLDialogElement; panel: SearchPanel } {
  const d = document.createElement('dialog');
  d.className = 'search-dialog';
  d.setAttribute('aria-labelledby', 'cx-search-title');

  const inner = document.createElement('div');
  inner.className = 'search-dialog__inner';

  const bar = document.createElement('div');
  bar.className = 'search-dialog__bar';
  const title = document.createElement('h2');
  title.id = 'cx-search-title';
  title.className = 'search-dialog__title';
  title.textContent = t('search.dialogTitle');
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'search-dialog__close';
  close.setAttribute('aria-label', t('search.close'));
  close.textContent = '×';
  close.addEventListener('click', () => d.close());
  bar.append(title, close);

  const body = document.createElement('div');
  body.className = 'search-dialog__body';

  const footer = document.createElement('div');
  footer.className = 'search-dialog__footer';
  const full = document.createElement('a');
  full.href = `${BASE}zoeken/`;
  full.textContent = t('search.fullPage');
  const keys = document.createElement('span');
  keys.className = 'search-dialog__keys';
  keys.textContent = t('search.keys');
  footer.append(full, keys);

  inner.append(bar, body, footer);
  d.append(inner);
  document.body.append(d);

  const p = new SearchPanel(body, {
    id: 'cx-search',
    pageSize: 8,
    excerptLength: 18,
    visibleLabel: false,
    onNavigate: () => {
      navigating = true;
      d.close();
    },
    onState: () => {
      full.href = `${BASE}zoeken/${p.queryString()}`;
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

/** Opens the dialog; `button` gets focus back when nothing else had it. */
export async function openSearchDialog(button: HTMLElement): Promise<void> {
  const active = document.activeElement;
  await loadCss();
  if (!dialog || !panel) ({ dialog, panel } = build());
  if (dialog.open) return;
  opener = active instanceof HTMLElement && active !== document.body ? active : button;
  navigating = false;
  document.documentElement.classList.add('search-open');
  dialog.showModal();
  panel.focus();
  void panel.start();
}

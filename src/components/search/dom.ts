/**
 * The one way the search UI builds DOM: `h(tag, attrs, ...children)`. Plain DOM, no framework
 * (the search must fit, with Pagefind, in the 35 kB first-use budget). Text children are set as
 * text, never parsed as HTML, so nothing from the index or the URL can inject markup.
 */
import type { Segment } from '../../lib/search/excerpt';

type Attrs = Record<string, string | boolean | undefined>;

/** Creates an element with attributes (`true` → empty attribute; `false`/`undefined` → none) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    el.setAttribute(k, v === true ? '' : v);
  }
  el.append(...children);
  return el;
}

/** A button of type "button" that calls `onClick`. */
export function button(attrs: Attrs, label: string | Node, onClick: () => void): HTMLButtonElement {
  const b = h('button', { type: 'button', ...attrs }, label);
  b.addEventListener('click', onClick);
  return b;
}

/** Renders text segments, the matched words as <mark>. */
export function marks(segments: readonly Segment[]): (Node | string)[] {
  return segments.map((s) => (s.mark ? h('mark', {}, s.text) : s.text));
}

/** A sentence with one element in place of `{slot}` ("Kijk in de {link}."). */
export function sentenceWith(template: string, slot: string, node: Node): (Node | string)[] {
  const [before = '', after = ''] = template.split(`{${slot}}`);
  return [before, node, after];
}

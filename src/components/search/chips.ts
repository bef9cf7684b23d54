/**
 * The type chips ("Soort": Begrip, Gids, …): toggle buttons with the number of results per
 * type. A chip without results for the query is disabled, unless it is chosen already.
 */
import { orderTypes } from '../../lib/search/query';
import { button, h } from './dom';

export class TypeChips {
  readonly el: HTMLElement;
  private readonly label: HTMLElement;

  /** `order`: preferred order of the types; `toggle` is called with the type of a pressed chip. */
  constructor(
    id: string,
    label: string,
    private readonly order: readonly string[],
    private readonly toggle: (type: string) => void,
  ) {
    this.label = h('span', { id: `${id}-chips`, class: 'search-chips__label' }, label);
    this.el = h('div', { class: 'search-chips', role: 'group', 'aria-labelledby': `${id}-chips`, hidden: true }, this.label);
  }

  /**
   * Shows a chip per type of `all` (every type in the index) with its count in `counts`;
   * `known: false` before Pagefind has counted (no counts yet).
   */
  render(all: Record<string, number>, counts: Record<string, number>, chosen: readonly string[], known = true): void {
    const types = orderTypes({ ...all, ...counts }, this.order);
    if (!types.length) return;
    const existing = new Map([...this.el.querySelectorAll<HTMLButtonElement>('button')].map((b) => [b.dataset['type']!, b]));
    const buttons = types.map((type) => {
      const b = existing.get(type) ?? button({ class: 'search-chip', 'data-type': type }, type, () => this.toggle(type));
      if (!b.lastElementChild) b.append(' ', h('span', { class: 'search-chip__count' }));
      const pressed = chosen.includes(type);
      const count = counts[type] ?? 0;
      b.setAttribute('aria-pressed', String(pressed));
      b.disabled = known && count === 0 && !pressed;
      b.lastElementChild!.textContent = known ? String(count) : '';
      return b;
    });
    // Re-inserting a button that has focus would drop the focus: only move them when the order changed.
    const next = [this.label, ...buttons];
    const now = [...this.el.children];
    if (now.length !== next.length || next.some((el, i) => now[i] !== el)) this.el.replaceChildren(...next);
    this.el.hidden = false;
  }

  /** Marks the chosen chips as pressed (at once, before the search answers). */
  press(chosen: readonly string[]): void {
    for (const b of this.el.querySelectorAll<HTMLButtonElement>('button')) b.setAttribute('aria-pressed', String(chosen.includes(b.dataset['type']!)));
  }
}

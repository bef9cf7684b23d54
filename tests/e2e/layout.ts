/**
 * Layout rules that real screens taught us, as measurements every layout test shares:
 * - a figure (amount, percentage, big number) is always one unbroken line;
 * - no element is clipped: content wider than its box must sit in a scroll container;
 * - a presentation view fits the viewport without scrolling.
 * The functions run in the page and return what breaks a rule (empty = fine), so a failing
 * expectation prints the offending text.
 */
import type { Locator, Page } from '@playwright/test';

/** Screens of meeting rooms, laptops and phones the tools must work on. */
export const VIEWPORTS = {
  phone320: { width: 320, height: 568 },
  phone360: { width: 360, height: 640 },
  phone390: { width: 390, height: 844 },
  tablet: { width: 768, height: 1024 },
  xga: { width: 1024, height: 768 },
  hd: { width: 1280, height: 720 },
  laptop: { width: 1366, height: 768 },
  fullhd: { width: 1920, height: 1080 },
  uhd: { width: 3840, height: 2160 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;

/**
 * Figures inside `scope` whose text runs over more than one line: money ("€ 6.954.109,62",
 * "€ 200,3 mln", "€ -800"), percentages ("12,5%"), numbers with thousands separators and signed
 * numbers ("+12", "−35"). Each match is measured with Range.getClientRects(): all its boxes
 * must share one line.
 */
export async function brokenFigures(page: Page, scope = 'main'): Promise<string[]> {
  return page.evaluate((sel) => {
    const FIG =
      /€\s?[-−]?\s?\d[\d.]*(?:,\d+)?(?:\s?(?:mln|mld|bln|k))?|[-−+]?\d[\d.]*(?:,\d+)?\s?%|\d{1,3}(?:\.\d{3})+(?:,\d+)?|[-−+]\d+(?:,\d+)?/g;
    const out: string[] = [];
    for (const root of document.querySelectorAll(sel)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        const el = node.parentElement;
        if (!el || el.closest('[hidden], script, style, template, title, input, textarea')) continue;
        const style = getComputedStyle(el);
        if (style.display === 'none' || style.visibility === 'hidden') continue;
        for (const m of text.matchAll(FIG)) {
          const range = document.createRange();
          range.setStart(node, m.index ?? 0);
          range.setEnd(node, (m.index ?? 0) + m[0].length);
          const tops = new Set<number>();
          for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0) tops.add(Math.round(r.top / 4));
          if (tops.size > 1) out.push(`"${m[0]}" in <${el.tagName.toLowerCase()} class="${el.className}">`);
        }
      }
    }
    return out;
  }, scope);
}

/**
 * Elements inside `scope` whose content is wider than their box while they are no scroll
 * container (overflow-x auto/scroll): clipped or spilling over. Form fields (which scroll
 * their own text) and visually hidden text are skipped.
 */
export async function clippedElements(page: Page, scope = 'main'): Promise<string[]> {
  return page.evaluate((sel) => {
    const out: string[] = [];
    const scrolls = (s: CSSStyleDeclaration) => s.overflowX === 'auto' || s.overflowX === 'scroll';
    /** Inside a visually hidden box (the .visually-hidden pattern: 1 px, clipped)? */
    const hidden = (el: Element) => {
      for (let a: Element | null = el; a; a = a.parentElement) {
        const r = a.getBoundingClientRect();
        if (getComputedStyle(a).position === 'absolute' && (r.width <= 1 || r.height <= 1)) return true;
      }
      return false;
    };
    for (const root of document.querySelectorAll(sel)) {
      for (const el of [root, ...root.querySelectorAll('*')]) {
        if (!(el instanceof HTMLElement)) continue;
        if (el.matches('input, textarea, select, option, [hidden], [hidden] *')) continue;
        const s = getComputedStyle(el);
        if (s.display === 'none' || s.display === 'contents' || s.display === 'inline') continue;
        if (scrolls(s) || el.clientWidth === 0 || hidden(el)) continue;
        if (el.scrollWidth > el.clientWidth + 1) {
          const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60);
          out.push(`<${el.tagName.toLowerCase()} class="${el.className}"> ${el.scrollWidth}>${el.clientWidth}px: "${text}"`);
        }
      }
    }
    return out;
  }, scope);
}

/** How far the page (or `selector`, when given) would have to scroll vertically to show everything. */
export async function verticalOverflow(page: Page, selector?: string): Promise<number> {
  return page.evaluate((sel) => {
    const el = sel ? document.querySelector(sel) : document.scrollingElement;
    if (!el) return 0;
    return Math.max(0, el.scrollHeight - el.clientHeight);
  }, selector ?? null);
}

/** Whether the page scrolls sideways (the whole document wider than the viewport). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth));
}

/** Top of an element's box relative to the document (not the viewport), in CSS px. */
export async function documentTop(locator: Locator): Promise<number> {
  return locator.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
}

/** The smallest rendered font size (px) of text inside `selector` (SVG text included). */
export async function smallestFontSize(page: Page, selector: string): Promise<number> {
  return page.evaluate((sel) => {
    let min = Infinity;
    for (const root of document.querySelectorAll(sel)) {
      for (const el of [root, ...root.querySelectorAll('*')]) {
        const hasText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
        if (!hasText) continue;
        let size = parseFloat(getComputedStyle(el).fontSize);
        // SVG text is in the drawing's own units: scale them by how large the drawing is shown.
        if (el instanceof SVGGraphicsElement) size *= el.getScreenCTM()?.a ?? 1;
        if (size > 0) min = Math.min(min, size);
      }
    }
    return min;
  }, selector);
}

/** Counts layout shifts (CLS, without those right after input) from the start of the page; read them with `layoutShift()`. */
export async function watchLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as { cls: number }).cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!e.hadRecentInput) (window as unknown as { cls: number }).cls += e.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The layout shift counted since `watchLayoutShifts()`. */
export const layoutShift = (page: Page): Promise<number> => page.evaluate(() => (window as unknown as { cls: number }).cls);

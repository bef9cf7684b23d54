/**
 * Performance budgets (issue "Budgets and hardening"). Bytes are gzip, measured for what a
 * page loads before any interaction. Bench configuration, shared by the e2e budget test
 * (`tests/e2e/budgets.spec.ts`) and `npm run bench` (`bench/run.mjs`); not part of the site.
 */
export interface PageBudget {
  /** JavaScript, gzip bytes. */
  js: number;
  /** CSS, gzip bytes. */
  css: number;
  /** HTML document, gzip bytes. */
  html: number;
  /** Number of requests. */
  requests: number;
  /** HTML + CSS + JS + everything else, gzip bytes. */
  total: number;
}

const KB = 1000;

/** A content page: far under Starlight (52.8 kB in 10 requests), near a bare page. */
export const CONTENT_PAGE: PageBudget = { js: 5 * KB, css: 10 * KB, html: 14 * KB, requests: 5, total: 25 * KB };

/** The page types the benchmark and the budget test measure, with their budgets. */
export const PAGE_TYPES: { name: string; path: string; budget: PageBudget; lighthousePath?: string }[] = [
  { name: 'home', path: '/', budget: CONTENT_PAGE },
  { name: 'gids', path: '/kennisbank/business-case/', budget: CONTENT_PAGE },
  { name: 'begrip', path: '/begrippen/nps/', budget: CONTENT_PAGE },
  { name: 'boekenlijst', path: '/boeken/', budget: CONTENT_PAGE },
  // The zelfscan's 24 questions (5,8 kB) and the island's strings (result and level texts
  // included) travel in the HTML as props, not in its JS; the history's and comparison's strings
  // and code load when used: 17,8 kB HTML, 18,1 kB JS, 16 requests (2026-12-03, with history,
  // targets and notes, #14).
  { name: 'zelfscan', path: '/zelfscan/', budget: { ...CONTENT_PAGE, js: 20 * KB, html: 18 * KB, requests: 16, total: 45 * KB } },
  { name: 'klantwaarde', path: '/klantwaarde/', budget: { ...CONTENT_PAGE, js: 15 * KB, requests: 14, total: 40 * KB } },
  // The table, chart and share parts load once there are touchpoints; measured here is the empty start.
  // 15 requests: the page, 4 stylesheets (site, tool, meeting view, print) and 10 small JS chunks
  // (Preact, the store, the tool's start screen and the parts it shares with its workspace).
  { name: 'impactmatrix', path: '/impactmatrix/', budget: { ...CONTENT_PAGE, js: 15 * KB, requests: 15, total: 40 * KB } },
  // Pagefind loads when you start searching; its 35 kB budget is checked from first use (bench/search.mjs, e2e).
  { name: 'zoeken', path: '/zoeken/', budget: { ...CONTENT_PAGE, js: 10 * KB, requests: 8 } },
  // Lighthouse refuses to audit a 404 response, so it audits the same page as /404.html.
  { name: '404', path: '/bestaat-niet/', budget: CONTENT_PAGE, lighthousePath: '/404.html' },
];


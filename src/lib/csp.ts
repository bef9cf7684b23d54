/**
 * Content-Security-Policy text, for the build step that sends the policy as a response header
 * too (src/integrations/headers.ts) and for the tests. Astro writes one policy per page in a
 * `<meta>` (with the hashes of exactly that page's inline scripts and styles); a header is one
 * policy for every path, so it is the union of all pages' policies, plus what only a header can
 * say (`frame-ancestors`). Pure: no DOM, no Node.
 */

/** Directive → sources, in the order first seen. */
export type Policy = Map<string, string[]>;

/** Parses a policy ("default-src 'self'; script-src 'self' 'sha256-…'"). Unknown text is kept as it is. */
export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (!name) continue;
    const key = name.toLowerCase();
    const list = policy.get(key) ?? [];
    for (const s of sources) if (!list.includes(s)) list.push(s);
    policy.set(key, list);
  }
  return policy;
}

/** Writes a policy as one header value. */
export function formatPolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The union of several policies: every directive of any of them, with every source any of them allows. */
export function unionPolicies(policies: readonly Policy[]): Policy {
  const out: Policy = new Map();
  for (const p of policies) {
    for (const [name, sources] of p) {
      const list = out.get(name) ?? [];
      for (const s of sources) if (!list.includes(s)) list.push(s);
      out.set(name, list);
    }
  }
  return out;
}

/** The policy in a page's `<meta http-equiv="content-security-policy">`, or null. */
export function metaPolicy(html: string): string | null {
  const m = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
  return m ? m[1]!.replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&') : null;
}

/**
 * The text of every inline `<script>` (no `src`) of a page that runs, exactly as the browser
 * hashes it. Data blocks (`type="application/json"` and other non-script types) never run, so
 * the CSP does not govern them and they need no hash.
 */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter((m) => runs(/\btype=["']?([^"'\s>]*)/i.exec(m[1]!)?.[1]))
    .map((m) => m[2]!);
}

/** Whether the CSP governs a `<script>` of this `type` (HTML: empty, a JavaScript MIME type, `module`, `importmap`, `speculationrules`). */
function runs(type: string | undefined): boolean {
  if (type === undefined || type === '') return true;
  const t = type.toLowerCase();
  return ['module', 'importmap', 'speculationrules'].includes(t) || /^(text|application)\/(x-)?(java|ecma)script$/.test(t);
}

/**
 * Sends the Content-Security-Policy as a response header too (`<out>/_headers`, from
 * public/_headers), not only as Astro's per-page `<meta>`: a header also covers what comes
 * before the meta tag, and adds `frame-ancestors`, which a meta policy cannot carry.
 * The header policy is the union of every page's meta policy (so it holds every inline script's
 * hash of the site) plus the directives public/_headers gives. The build fails when a page has
 * an inline script whose hash is missing from its policy.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatPolicy, inlineScripts, metaPolicy, parsePolicy, unionPolicies, type Policy } from '../lib/csp';
import { formatHeadersFile, parseHeadersFile } from '../lib/headers-file';
import { htmlFiles } from './html-files';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The build step that writes the CSP header into `_headers` and checks every inline script's hash. */
export function headersIntegration(): AstroIntegration {
  return {
    name: 'cx-wegwijzer:headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const policies: Policy[] = [];
        const missing: string[] = [];
        for (const file of htmlFiles(out)) {
          const html = readFileSync(file, 'utf8');
          const meta = metaPolicy(html);
          if (!meta) throw new Error(`Geen CSP-meta in ${file}`);
          const policy = parsePolicy(meta);
          policies.push(policy);
          const allowed = policy.get('script-src') ?? [];
          for (const script of inlineScripts(html)) {
            if (!allowed.includes(sha256(script))) missing.push(`${file}: ${script.slice(0, 60)}`);
          }
        }
        if (missing.length) throw new Error(`Inline scripts zonder hash in de CSP:\n${missing.join('\n')}`);

        const rules = parseHeadersFile(readFileSync(join(out, '_headers'), 'utf8'));
        const all = rules.find((r) => r.pattern === '/*');
        const at = all?.headers.findIndex(([n]) => n.toLowerCase() === 'content-security-policy') ?? -1;
        if (!all || at < 0) throw new Error('public/_headers mist de regel "/*" met Content-Security-Policy');
        const policy = unionPolicies([...policies, parsePolicy(all.headers[at]![1])]);
        all.headers[at] = ['Content-Security-Policy', formatPolicy(policy)];
        writeFileSync(join(out, '_headers'), formatHeadersFile(rules));
        const hashes = (policy.get('script-src') ?? []).filter((s) => s.startsWith("'sha")).length;
        logger.info(`_headers: CSP van ${policies.length} pagina's, ${hashes} script-hashes`);
      },
    },
  };
}

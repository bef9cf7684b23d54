/**
 * The `_headers` file of Netlify and Cloudflare Pages: a path pattern on its own line, then its
 * headers indented below it (`  Name: value`). Used by the build step that writes the CSP into
 * it and by the test server that applies it. Pure.
 */

export interface HeaderRule {
  /** Path pattern: `*` matches anything (also `/`), `:name` one path segment. */
  pattern: string;
  headers: [name: string, value: string][];
}

/** Parses the file; comment lines (`#`) and blank lines are skipped. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const at = line.indexOf(':');
    const rule = rules[rules.length - 1];
    if (rule && at > 0) rule.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
  }
  return rules;
}

/** Writes rules back in the same format. */
export function formatHeadersFile(rules: readonly HeaderRule[]): string {
  return rules.map((r) => [r.pattern, ...r.headers.map(([n, v]) => `  ${n}: ${v}`)].join('\n')).join('\n\n') + '\n';
}

/** True when a path matches a rule's pattern. */
export function matchesPattern(pattern: string, path: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(path);
}

/** The headers for a path: those of every matching rule, in file order. */
export function headersFor(rules: readonly HeaderRule[], path: string): [string, string][] {
  return rules.filter((r) => matchesPattern(r.pattern, path)).flatMap((r) => r.headers);
}

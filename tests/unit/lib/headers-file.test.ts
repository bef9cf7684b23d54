import { describe, expect, it } from 'vitest';
import { formatHeadersFile, headersFor, matchesPattern, parseHeadersFile } from '../../../src/lib/headers-file';

const FILE = `# comment
/*
  X-Frame-Options: DENY
  Content-Security-Policy: default-src 'self'; img-src 'self' data:

/_astro/*
  Cache-Control: immutable
`;

describe('_headers', () => {
  it('parses rules and writes them back', () => {
    const rules = parseHeadersFile(FILE);
    expect(rules).toEqual([
      { pattern: '/*', headers: [['X-Frame-Options', 'DENY'], ['Content-Security-Policy', "default-src 'self'; img-src 'self' data:"]] },
      { pattern: '/_astro/*', headers: [['Cache-Control', 'immutable']] },
    ]);
    expect(parseHeadersFile(formatHeadersFile(rules))).toEqual(rules);
  });

  it.each([
    ['/*', '/', true],
    ['/*', '/zelfscan/team/', true],
    ['/_astro/*', '/_astro/x.js', true],
    ['/_astro/*', '/zelfscan/', false],
    ['/sw.js', '/sw.js', true],
    ['/sw.js', '/swxjs', false],
    ['/boeken/:id/', '/boeken/lean/', true],
    ['/boeken/:id/', '/boeken/lean/x/', false],
  ])('%s matches %s: %s', (pattern, path, ok) => expect(matchesPattern(pattern, path)).toBe(ok));

  it('gives the headers of every matching rule, in file order', () => {
    expect(headersFor(parseHeadersFile(FILE), '/_astro/a.js').map(([n]) => n)).toEqual(['X-Frame-Options', 'Content-Security-Policy', 'Cache-Control']);
  });
});

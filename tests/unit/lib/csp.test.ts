import { describe, expect, it } from 'vitest';
import { formatPolicy, inlineScripts, metaPolicy, parsePolicy, unionPolicies } from '../../../src/lib/csp';

describe('csp', () => {
  it('parses and formats a policy', () => {
    const p = parsePolicy("default-src 'self';script-src 'self' 'sha256-a=' ; ");
    expect([...p]).toEqual([['default-src', ["'self'"]], ['script-src', ["'self'", "'sha256-a='"]]]);
    expect(formatPolicy(p)).toBe("default-src 'self'; script-src 'self' 'sha256-a='");
  });

  it('unites the policies of all pages', () => {
    const u = unionPolicies([parsePolicy("script-src 'self' 'sha256-a='"), parsePolicy("script-src 'self' 'sha256-b='; frame-ancestors 'none'")]);
    expect(formatPolicy(u)).toBe("script-src 'self' 'sha256-a=' 'sha256-b='; frame-ancestors 'none'");
  });

  it('reads the meta policy and the inline scripts of a page', () => {
    const html = `<script>a()</script><meta http-equiv="content-security-policy" content="script-src &#39;self&#39;"><script type="module" src="/x.js"></script><script type="module">b()</script>`;
    expect(metaPolicy(html)).toBe("script-src 'self'");
    expect(inlineScripts(html)).toEqual(['a()', 'b()']);
    expect(metaPolicy('<p>')).toBeNull();
  });

  it('leaves out data blocks, which never run', () => {
    const html = `<script type="application/json" data-x>{"a":1}</script><script type="text/javascript">c()</script><script type=importmap>{}</script>`;
    expect(inlineScripts(html)).toEqual(['c()', '{}']);
  });
});

describe('inlineScripts', () => {
  it.each([
    ['<script>a()</script>', ['a()']],
    ['<script type="module">a()</script>', ['a()']],
    ['<script type="text/javascript">a()</script>', ['a()']],
    ["<script type='application/javascript'>a()</script>", ['a()']],
    ['<script type="application/json">{"a":1}</script>', []],
    ['<script type="application/ld+json">{}</script>', []],
    ['<script type="module" src="/x.js"></script>', []],
  ])('%s → %j', (html, expected) => {
    expect(inlineScripts(html)).toEqual(expected);
  });
});

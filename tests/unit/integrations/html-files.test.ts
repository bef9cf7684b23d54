import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { htmlFiles } from '../../../src/integrations/html-files';

const dir = mkdtempSync(join(tmpdir(), 'cxw-html-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('htmlFiles', () => {
  it('finds every .html file at any depth, but none in pagefind/', () => {
    for (const f of ['index.html', '404.html', 'kennisbank/x/index.html', 'pagefind/x.html', 'robots.txt']) {
      mkdirSync(join(dir, f, '..'), { recursive: true });
      writeFileSync(join(dir, f), '');
    }
    expect(htmlFiles(dir).map((f) => relative(dir, f)).sort()).toEqual(['404.html', 'index.html', 'kennisbank/x/index.html']);
  });
});


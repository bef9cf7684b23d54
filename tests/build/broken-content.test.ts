/**
 * Broken frontmatter or a reference to a missing entry fails the build with a message that
 * names the file and the field. Runs astro (`sync`, `build`, `dev`) on a copy of the project
 * whose content folder is the broken fixture, so the real `.astro/` folder and Astro's content
 * cache (node_modules/.astro) are left alone: the copy's node_modules is a folder of links to the
 * real packages without those caches, so a build running at the same time never sees the fixture.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

/** Runs an astro command in a throw-away copy of the project with `fixture` as its content. */
function runWithContent(fixture: string, args: string[], timeout = 170_000) {
  const dir = mkdtempSync(join(tmpdir(), 'cxw-broken-'));
  try {
    for (const f of ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'public']) cpSync(f, join(dir, f), { recursive: true });
    mkdirSync(join(dir, 'node_modules'));
    for (const name of readdirSync('node_modules')) {
      if (!/^\.(astro|vite)(-|$)/.test(name)) symlinkSync(resolve('node_modules', name), join(dir, 'node_modules', name));
    }
    cpSync(fixture, join(dir, 'content'), { recursive: true });
    const run = spawnSync('npx', ['astro', ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: 'content', OUT_DIR: 'dist' },
      timeout,
    });
    return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('content validation', () => {
  it('names the file and the field of broken frontmatter', () => {
    const { status, output } = runWithContent('tests/fixtures/broken-content', ['sync']);
    expect(status, output).not.toBe(0);
    expect(output).toContain('kapot-boek');
    expect(output).toMatch(/authors/);
    expect(output).toMatch(/isNew/);
  }, 180_000);

  const brokenReference = 'content/books/verkeerde-verwijzing.yaml: veld "terms" verwijst naar "bestaat-niet"';

  it('fails the build on a reference to an entry that does not exist, before any page renders', () => {
    const { status, output } = runWithContent('tests/fixtures/broken-reference', ['build']);
    expect(status, output).not.toBe(0);
    expect(output).toContain(brokenReference);
    expect(output).toContain('collectie "terms"');
    // The check runs once, in the content step; no page was generated.
    expect(output.match(/Kapotte verwijzingen/g)).toHaveLength(1);
    expect(output).not.toMatch(/generating static routes/i);
  }, 180_000);

  it('fails the build on a zelfscan advice link to a page that does not exist, naming file and field', () => {
    const { status, output } = runWithContent('tests/fixtures/broken-zelfscan-link', ['build']);
    expect(status, output).not.toBe(0);
    expect(output).toContain(
      'content/assessment/model.yaml: veld "dimensions.0.items.1.link" verwijst naar "bestaat-niet", maar dat staat niet in de collectie "articles"',
    );
    // Only the broken link: the links to the book that exists pass.
    expect(output.match(/verwijst naar/g)).toHaveLength(1);
  }, 180_000);

  it('stops `astro dev` at start with the same message', () => {
    const port = String(20_000 + Math.floor(Math.random() * 10_000));
    const { status, output } = runWithContent('tests/fixtures/broken-reference', ['dev', '--port', port], 60_000);
    expect(status, output).not.toBe(0);
    expect(status, 'dev should stop by itself, not by the timeout').not.toBeNull();
    expect(output).toContain(brokenReference);
  }, 70_000);
});

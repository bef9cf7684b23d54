/**
 * Broken frontmatter or a reference to a missing entry fails the build with a message that
 * names the file and the field. Runs astro (`sync`, `build`, `dev`) on a copy of the project
 * whose content folder is the broken fixture, so the real `.astro/` cache is left alone.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

/** Runs an astro command in a throw-away copy of the project with `fixture` as its content. */
function runWithContent(fixture: string, args: string[], timeout = 170_000) {
  const dir = mkdtempSync(join(tmpdir(), 'cxw-broken-'));
  try {
    for (const f of ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'public']) cpSync(f, join(dir, f), { recursive: true });
    symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
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

  it('stops `astro dev` at start with the same message', () => {
    const port = String(20_000 + Math.floor(Math.random() * 10_000));
    const { status, output } = runWithContent('tests/fixtures/broken-reference', ['dev', '--port', port], 60_000);
    expect(status, output).not.toBe(0);
    expect(status, 'dev should stop by itself, not by the timeout').not.toBeNull();
    expect(output).toContain(brokenReference);
  }, 70_000);
});

/**
 * Broken frontmatter fails the build with a message that names the file and the field.
 * Runs `astro sync` (the content step of `astro build`) on a copy of the project whose
 * content folder is the broken fixture, so the real `.astro/` folder and Astro's content cache
 * (node_modules/.astro) are left alone: the copy's node_modules is a folder of links to the real
 * packages without those caches, so a build running at the same time never sees the fixture.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

/** Runs an astro command in a throw-away copy of the project with `fixture` as its content. */
function runWithContent(fixture: string, args: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'cxw-broken-'));
  try {
    for (const f of ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'public']) cpSync(f, join(dir, f), { recursive: true });
    mkdirSync(join(dir, 'node_modules'));
    for (const name of readdirSync('node_modules')) {
      if (name !== '.astro' && name !== '.vite') symlinkSync(resolve('node_modules', name), join(dir, 'node_modules', name));
    }
    cpSync(fixture, join(dir, 'content'), { recursive: true });
    const run = spawnSync('npx', ['astro', ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: 'content', OUT_DIR: 'dist' },
      timeout: 170_000,
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

  it('fails the build on a reference to an entry that does not exist', () => {
    const { status, output } = runWithContent('tests/fixtures/broken-reference', ['build']);
    expect(status, output).not.toBe(0);
    expect(output).toContain('verkeerde-verwijzing.yaml');
    expect(output).toContain('"terms"');
    expect(output).toContain('bestaat-niet');
  }, 180_000);
});

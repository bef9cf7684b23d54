/**
 * Broken frontmatter fails the build with a message that names the file and the field.
 * Runs `astro sync` (the content step of `astro build`) on a copy of the project whose
 * content folder is the broken fixture, so the real `.astro/` cache is left alone.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

describe('content validation', () => {
  it('names the file and the field of broken frontmatter', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cxw-broken-'));
    try {
      for (const f of ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src']) cpSync(f, join(dir, f), { recursive: true });
      symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
      cpSync('tests/fixtures/broken-content', join(dir, 'content'), { recursive: true });
      const run = spawnSync('npx', ['astro', 'sync'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: 'content' },
        timeout: 120_000,
      });
      const output = `${run.stdout}\n${run.stderr}`;
      expect(run.status, output).not.toBe(0);
      expect(output).toContain('kapot-boek');
      expect(output).toMatch(/authors/);
      expect(output).toMatch(/isNew/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

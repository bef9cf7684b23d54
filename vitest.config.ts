/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit tests for the pure modules in src/lib and the Preact islands, plus checks on the content
// and the built site. Astro's Vite config gives the same JSX (Preact) and import handling as the
// site build.
//
// Two projects, so the many small pure-logic files skip the per-file worker start (about 0.7 s
// each on this machine):
// - "unit": *.test.ts (pure functions, content files, the built site): `isolate: false`, one
//   module graph per worker. These files touch no globals (no DOM, no storage, no mocks); keep
//   it that way, or give such a file the .tsx treatment below.
// - "dom": *.test.tsx (islands in happy-dom, storage, Preact options): isolated, one fresh
//   environment per file.
// Workers: 2 (this machine has 2 cores; Vitest's default would be cores − 1 = 1). `npm test`
// lowers it with VITEST_MAX_WORKERS when Playwright runs at the same time.
export default getViteConfig({
  test: {
    maxWorkers: 2,
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
          environment: 'node',
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          include: ['tests/unit/**/*.test.tsx'],
          environment: 'node',
        },
      },
    ],
  },
});

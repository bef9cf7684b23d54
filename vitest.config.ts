/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit tests for the pure modules in src/lib and the Preact islands (happy-dom per file).
// Astro's Vite config gives the same JSX (Preact) and import handling as the site build.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/build/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
    testTimeout: 30_000,
  },
});

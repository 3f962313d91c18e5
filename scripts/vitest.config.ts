import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'scripts',
    include: ['src/**/*.test.ts'],
    // These tests start real processes and a real browser.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});

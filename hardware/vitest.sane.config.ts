import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'hardware-sane',
    include: ['document-scanner/sane-*.test.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
  },
});

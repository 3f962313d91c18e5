import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'hardware',
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**'],
  },
});

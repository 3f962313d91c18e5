import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'central',
    include: ['src/**/*.test.ts', 'dashboard/src/**/*.test.ts'],
  },
});

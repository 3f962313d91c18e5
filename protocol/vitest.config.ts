import { defineProject } from 'vitest/config';

export const config = defineProject({
  test: { name: 'protocol', include: ['src/**/*.test.ts'] },
});
export { config as default };

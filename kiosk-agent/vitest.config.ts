import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'kiosk-agent', include: ['src/**/*.test.ts'] },
});

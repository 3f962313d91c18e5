import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'kiosk-app', include: ['src/**/*.test.ts'] },
});

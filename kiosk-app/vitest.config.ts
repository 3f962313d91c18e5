import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'kiosk-app',
    environment: 'node',
    include: ['src/**/*.test.ts'],
  },
});

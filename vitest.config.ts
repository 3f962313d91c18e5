import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      'protocol',
      'locales',
      'hardware',
      'kiosk-agent',
      'kiosk-app',
      'central',
      'scripts',
    ],
  },
});

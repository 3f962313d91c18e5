import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      'protocol',
      'locales',
      'hardware',
      'hardware/vitest.sane.config.ts',
      'kiosk-agent',
      'kiosk-app',
      'central',
      'scripts',
    ],
  },
});

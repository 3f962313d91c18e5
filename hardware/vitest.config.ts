import { defineProject } from 'vitest/config';

// Tests that drive the real `scanimage` (SANE's test backend) run one file
// at a time: concurrent scanimage processes on the test backend were seen to
// hang now and then, which is a property of the backend, not of our code.
const SANE = 'document-scanner/sane-*.test.ts';

export default defineProject({
  test: {
    name: 'hardware',
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', SANE],
  },
});

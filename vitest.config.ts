import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // tests/build builds copies of the site with faults in them: slow, so they run apart.
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
  },
});

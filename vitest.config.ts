import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Two projects: the node tests of the product, and the web app's component tests in jsdom.
// The web app's end-to-end tests run with Playwright (npm run test:e2e), not here.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          testTimeout: 60_000,
          pool: 'forks',
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'web',
          include: ['web/src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['web/src/test-setup.ts'],
        },
      },
    ],
  },
});

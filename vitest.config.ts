import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    // The packaging test (npm pack, a clean build, an npm install: about two minutes on a busy
    // 2-core machine) runs on its own: `npm run test:package`, which .ci/run calls after `npm test`.
    exclude: [...configDefaults.exclude, ...(process.env.PARALLAX_PACKAGE_TEST ? [] : ['tests/package.test.ts'])],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

const { availableParallelism } = require('node:os');

/** @type {import('jest').Config} */
module.exports = {
  // Jest's default on two cores is one worker; the suites are independent, so use both.
  maxWorkers: Math.max(2, availableParallelism() - 1),
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  // A guard against hangs, not a performance check: a loaded 2-core machine runs the UI and
  // 290-member suites several times slower than an idle one.
  testTimeout: 30_000,
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  // The pane's waits for what Excel wrote: 10 s, not 1 s, on a loaded machine (test/support/domTimeout.ts).
  setupFilesAfterEnv: ['<rootDir>/test/support/domTimeout.ts'],
  // Browser and LibreOffice suites are slow and need system packages: `npm run test:slow`.
  testPathIgnorePatterns: ['/node_modules/', '/test/slow/'],
  transform: {
    '^.+\\.tsx?$': 'ts-jest',
  },
};

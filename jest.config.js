/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  // A guard against hangs, not a performance check: a loaded 2-core machine runs the UI and
  // 290-member suites several times slower than an idle one.
  testTimeout: 30_000,
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  // Browser and LibreOffice suites are slow and need system packages: `npm run test:slow`.
  testPathIgnorePatterns: ['/node_modules/', '/test/slow/'],
  transform: {
    '^.+\\.tsx?$': 'ts-jest',
  },
};

/**
 * The slow suites: LibreOffice recalculating written .xlsx files and headless Chromium driving the
 * production task pane. They need Debian's libreoffice-calc and chromium (.ci/run installs them).
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/slow'],
  testMatch: ['**/*.test.ts'],
  testTimeout: 120000,
  maxWorkers: 1,
  transform: {
    '^.+\\.tsx?$': 'ts-jest',
  },
};

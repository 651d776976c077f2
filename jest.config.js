/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  // Browser and LibreOffice suites are slow and need system packages: `npm run test:slow`.
  testPathIgnorePatterns: ['/node_modules/', '/test/slow/'],
  transform: {
    '^.+\\.tsx?$': 'ts-jest',
  },
};

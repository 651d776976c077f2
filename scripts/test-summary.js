// Prints one closing line for CI over both jest runs (fast and slow): "Tests: N passed, N failed".
const { readFileSync } = require('node:fs');
const { resolve } = require('node:path');

let passed = 0;
let failed = 0;
let skipped = 0;
for (const name of ['fast', 'slow']) {
  const results = JSON.parse(readFileSync(resolve(__dirname, '..', 'test-results', `${name}.json`), 'utf8'));
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  skipped += results.numPendingTests;
}
console.log(`Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;

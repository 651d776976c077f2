// Prints one closing line for CI over both jest runs (fast and slow): "Tests: N passed, N failed".
const { readFileSync } = require('node:fs');
const { resolve } = require('node:path');

let passed = 0;
let failed = 0;
let skipped = 0;
for (const name of ['fast', 'slow']) {
  let results;
  try {
    results = JSON.parse(readFileSync(resolve(__dirname, '..', 'test-results', `${name}.json`), 'utf8'));
  } catch {
    // The suite stopped before jest wrote its results (a type error, a crash): it counts as one failure.
    console.log(`test-results/${name}.json is missing: the ${name} suite did not finish.`);
    failed += 1;
    continue;
  }
  passed += results.numPassedTests;
  failed += results.numFailedTests + (results.numRuntimeErrorTestSuites ?? 0);
  skipped += results.numPendingTests;
}
console.log(`Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;

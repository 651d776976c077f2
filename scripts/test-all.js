// npm run test:all: the fast suites and then the slow ones, always both (a failure in the first never
// skips the second), and one closing line for the whole run: "Tests: N passed, N failed".
const { spawnSync } = require('node:child_process');
const { rmSync } = require('node:fs');
const { resolve } = require('node:path');

// Results of an earlier run never count for this one.
for (const name of ['fast', 'slow']) rmSync(resolve(__dirname, '..', 'test-results', `${name}.json`), { force: true });

const runs = ['test', 'test:slow'].map((script) => spawnSync('npm', ['run', script], { stdio: 'inherit' }).status);
const summary = spawnSync(process.execPath, [require.resolve('./test-summary.js')], { stdio: 'inherit' }).status;
process.exitCode = runs.every((s) => s === 0) && summary === 0 ? 0 : 1;

import { run } from './main';

/*
 * The `avgift` command as installed (package.json "bin", bundled to dist-cli/avgift.js by
 * scripts/build-cli.mjs). Paths are the caller's: `npm run avgift` runs in the package's folder, so
 * there the caller's folder (npm's INIT_CWD) is taken back first; `npx avgift` and a linked `avgift`
 * already run where they were called.
 */
if (process.env.npm_lifecycle_event === 'avgift' && process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});

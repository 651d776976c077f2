// Bundles the `avgift` command (src/cli/bin.ts) into one JavaScript file, dist-cli/avgift.js, with
// esbuild: no TypeScript compile at each call. Run by `npm run build:cli` and by npm's `prepare`
// (so `npm ci`, `npm install` and `npm link` leave a working command).
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = resolve(root, 'dist-cli/avgift.js');
await build({
  entryPoints: [resolve(root, 'src/cli/bin.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  banner: { js: '#!/usr/bin/env node' },
  legalComments: 'none',
  logLevel: 'warning',
});
chmodSync(outfile, 0o755);

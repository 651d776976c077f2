/** @jest-environment node */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describeManifestEssentials } from './support/manifestEssentials';

/*
 * The repository's manifest (local development, https://localhost:3000) checked offline:
 * `office-addin-manifest validate` needs Microsoft's online service, so it is parsed as XML and its
 * essentials are asserted (and xmllint checks it where present). The manifest a production build
 * writes for an address is checked the same way in test/slow/deploy.test.ts.
 */
const ROOT = resolve(__dirname, '..');

describeManifestEssentials('manifest.xml', () => ({
  file: resolve(ROOT, 'manifest.xml'),
  text: readFileSync(resolve(ROOT, 'manifest.xml'), 'utf8'),
  html: readFileSync(resolve(ROOT, 'src/taskpane/taskpane.html'), 'utf8'),
  assets: resolve(ROOT, 'assets'),
  version: (JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string }).version,
  address: 'https://localhost:3000',
}));

/**
 * Builds the production task pane and measures its initial JavaScript (raw and gzip) and what
 * dominates it (source size per package in the initial chunks, before minification).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import webpack from 'webpack';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require('../webpack.config.js') as (env: object, argv: object) => Promise<webpack.Configuration>;

export interface BundleReport {
  readonly files: { name: string; raw: number; gzip: number }[];
  readonly raw: number;
  readonly gzip: number;
  readonly lazy: { name: string; raw: number; gzip: number }[];
  readonly top: { name: string; bytes: number }[];
  readonly buildMs: number;
}

interface StatsModule {
  name?: string;
  size?: number;
  modules?: StatsModule[];
}

export async function measureBundle(): Promise<BundleReport> {
  const config = await makeConfig({}, { mode: 'production' });
  const started = performance.now();
  const stats = await new Promise<webpack.Stats>((done, failed) =>
    webpack(config, (err, s) =>
      err || !s
        ? failed(err ?? new Error('no stats'))
        : s.hasErrors()
          ? failed(new Error(s.toString('errors-only')))
          : done(s),
    ),
  );
  const buildMs = performance.now() - started;
  const json = stats.toJson({ assets: true, chunks: true, chunkModules: true, nestedModules: true });
  const out = resolve(__dirname, '../dist');
  const measure = (name: string) => {
    const bytes = readFileSync(join(out, name));
    return { name, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  };
  const js = (files: string[] | undefined) => (files ?? []).filter((f) => f.endsWith('.js'));
  const initialChunks = (json.chunks ?? []).filter((c) => c.initial);
  const files = initialChunks.flatMap((c) => js(c.files as string[]).map(measure));
  const lazy = (json.chunks ?? []).filter((c) => !c.initial).flatMap((c) => js(c.files as string[]).map(measure));

  const byPackage = new Map<string, number>();
  const walk = (m: StatsModule) => {
    if (m.modules?.length) return m.modules.forEach(walk);
    const name = m.name ?? '';
    const pkg =
      /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(name)?.[1] ??
      (name.startsWith('./src/') ? name.split('/').slice(0, 3).join('/') : name);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + (m.size ?? 0));
  };
  for (const c of initialChunks) (c.modules as StatsModule[] | undefined)?.forEach(walk);
  const top = [...byPackage.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([name, bytes]) => ({ name, bytes }));
  return {
    files,
    raw: files.reduce((s, f) => s + f.raw, 0),
    gzip: files.reduce((s, f) => s + f.gzip, 0),
    lazy,
    top,
    buildMs,
  };
}

if (require.main === module) {
  void measureBundle().then((r) => {
    console.log(`initial JS: ${(r.raw / 1024).toFixed(1)} KiB raw, ${(r.gzip / 1024).toFixed(1)} KiB gzip`);
    for (const t of r.top) console.log(`  ${(t.bytes / 1024).toFixed(1).padStart(7)} KiB  ${t.name}`);
  });
}

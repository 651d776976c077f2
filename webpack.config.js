/* eslint-disable @typescript-eslint/no-require-imports */
const { createHash } = require('node:crypto');
const { readFileSync, rmSync } = require('node:fs');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { DefinePlugin } = require('webpack');
const MiniCssExtractPlugin = require('mini-css-extract-plugin');
const { GriffelCSSExtractionPlugin } = require('@griffel/webpack-extraction-plugin');

/** Where `npm start` serves the pane, and what manifest.xml in the repository names. */
const DEV_BASE_URL = 'https://localhost:3000';

/**
 * The address the add-in is served from: `ADDIN_BASE_URL`, else local development.
 * @example baseUrl({ ADDIN_BASE_URL: 'https://avgift.example.se/' }) // 'https://avgift.example.se'
 */
function baseUrl(environment = process.env) {
  const raw = (environment.ADDIN_BASE_URL || DEV_BASE_URL).trim().replace(/\/+$/, '');
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_BASE_URL "${raw}" is not an address; give e.g. https://avgift.example.se`);
  }
  if (url.protocol !== 'https:')
    throw new Error(`ADDIN_BASE_URL must be https (Office loads add-ins only over https): ${raw}`);
  if (url.search || url.hash) throw new Error(`ADDIN_BASE_URL must not have a query or fragment: ${raw}`);
  return raw;
}

/**
 * manifest.xml for an address: every `https://localhost:3000` (SourceLocation, icons, support and
 * learn-more pages) becomes the address, and <Version> follows package.json (x.y.z → x.y.z.0).
 * @example manifestFor('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>', 'https://a.se', '1.2.0')
 *   // '<SourceLocation DefaultValue="https://a.se/taskpane.html"/>'
 */
function manifestFor(text, address, version) {
  return text
    .split(DEV_BASE_URL)
    .join(address)
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${version}.0</Version>`)
    .replace(
      /<!--[\s\S]*?-->\s*/,
      `<!-- Avgiftsfördelning ${version}, served from ${address}. Built from manifest.xml by npm run build. -->\n`,
    );
}

/** The CSP source that stands for the load guard's hash in taskpane.html until the build computes it. */
const LOAD_GUARD_PLACEHOLDER = "'load-guard-hash'";

/**
 * The Content-Security-Policy hash that lets exactly the inline script of taskpane.html run (the
 * message shown when the bundle does not load), computed on the page as written to dist/.
 * @example loadGuardHash('<script id="load-guard">x()</script>') // "'sha256-…'" of "x()"
 */
function loadGuardHash(html) {
  const script = /<script id="?load-guard"?>([\s\S]*?)<\/script>/.exec(html);
  if (!script) throw new Error('taskpane.html: <script id="load-guard"> is missing');
  return `'sha256-${createHash('sha256').update(script[1], 'utf8').digest('base64')}'`;
}

/**
 * Puts the load guard's hash into taskpane.html's CSP, on the page as served: after webpack's own
 * minimizer (which also minifies HTML and its inline scripts) has run.
 */
class LoadGuardHashPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('LoadGuardHash', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'LoadGuardHash', stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        () => {
          const asset = compilation.getAsset('taskpane.html');
          if (!asset) return;
          const html = asset.source.source().toString();
          if (!html.includes(LOAD_GUARD_PLACEHOLDER))
            throw new Error(`taskpane.html: the CSP must name ${LOAD_GUARD_PLACEHOLDER}`);
          compilation.updateAsset(
            'taskpane.html',
            new sources.RawSource(html.replace(LOAD_GUARD_PLACEHOLDER, loadGuardHash(html))),
          );
        },
      );
    });
  }
}

const tsRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: {
    loader: 'ts-loader',
    options: { transpileOnly: true, compilerOptions: { module: 'esnext', sourceMap: true } },
  },
};

/**
 * Office's dev certificates, the way Microsoft's add-in template uses them: made (and their CA
 * trusted) on first `npm start` by office-addin-dev-certs, in ~/.office-addin-dev-certs.
 */
async function devHttpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  try {
    const { ca, key, cert } = await devCerts.getHttpsServerOptions();
    return { ca, key, cert };
  } catch (e) {
    // Trusting the CA needs sudo (absent as root in a container): the certificates are made all the
    // same, so serve with them and say in one line how to trust them.
    const { readFileSync } = require('node:fs');
    const { join } = require('node:path');
    const dir = join(require('node:os').homedir(), '.office-addin-dev-certs');
    const read = (name) => readFileSync(join(dir, name));
    let options;
    try {
      options = { ca: read('ca.crt'), cert: read('localhost.crt'), key: read('localhost.key') };
    } catch {
      throw e;
    }
    console.warn(
      `The dev certificate's CA is not trusted (${String(e.message).split('\n')[0].trim()}): serving anyway; trust ${join(dir, 'ca.crt')} in your browser or system (e.g. copy it to /usr/local/share/ca-certificates/ and run update-ca-certificates).`,
    );
    return options;
  }
}

/**
 * The task pane: `npm run build` (production, dist/) and `npm start` (dev server, https on
 * localhost:3000 only). `ADDIN_BASE_URL=https://… npm run build` builds for that address.
 * Office.js is loaded from Microsoft's CDN by taskpane.html, as Microsoft requires; it is never
 * bundled. Fluent UI's styles are extracted at build time (Griffel) into one CSS file. ExcelJS is
 * split into its own chunk and loaded only when a workbook is downloaded or a budget file is read
 * outside Excel. Source maps are hidden: written to dist-maps/, never served.
 * support.html (the manifest's support and learn-more page) is static: no script at all.
 * `webpack --env fakehost` builds the test host for the browser tests (dist-test/excel-host.js: the
 * model of Excel behind `window.external`, as Excel on Windows provides it), never part of the add-in.
 */
module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode !== 'development';
  if (env.fakehost) {
    return {
      mode: 'production',
      entry: { 'excel-host': './test/e2e/excelHostEntry.ts' },
      output: { path: path.resolve(__dirname, 'dist-test'), filename: '[name].js', clean: true },
      resolve: { extensions: ['.ts', '.js'] },
      module: { rules: [tsRule] },
      devtool: false,
      performance: { hints: false },
    };
  }
  const address = baseUrl();
  const { version } = JSON.parse(readFileSync(path.resolve(__dirname, 'package.json'), 'utf8'));
  return {
    mode: production ? 'production' : 'development',
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      // Hidden maps, beside dist/ and never deployed: for reading a stack trace from a user.
      ...(production ? { sourceMapFilename: '../dist-maps/[file].map' } : {}),
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      // Loaders of matching rules run last-first: TypeScript, then Griffel's build-time styles
      // (our makeStyles), then the extraction of all of Fluent's CSS into one file.
      rules: [
        ...(production
          ? [
              {
                test: /\.(js|mjs|tsx?)$/,
                include: [/[\\/]node_modules[\\/]@fluentui[\\/]/, path.resolve(__dirname, 'src')],
                use: { loader: GriffelCSSExtractionPlugin.loader },
              },
              { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: '@griffel/webpack-loader' } },
              { test: /\.css$/, use: [MiniCssExtractPlugin.loader, 'css-loader'] },
            ]
          : []),
        tsRule,
      ],
    },
    // No eval-based source maps: the Content-Security-Policy forbids eval.
    devtool: production ? 'hidden-source-map' : 'cheap-module-source-map',
    plugins: [
      new HtmlWebpackPlugin({
        template: './src/taskpane/taskpane.html',
        filename: 'taskpane.html',
        chunks: ['taskpane'],
      }),
      new HtmlWebpackPlugin({
        template: './src/taskpane/support.html',
        filename: 'support.html',
        inject: false,
        templateParameters: { version },
      }),
      new LoadGuardHashPlugin(),
      new DefinePlugin({ 'process.env.AVGIFT_VERSION': JSON.stringify(version) }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets', info: { minimized: true } },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            info: { minimized: true },
            transform: (content) => manifestFor(content.toString('utf8'), address, version),
          },
        ],
      }),
      // dist-maps/ holds the maps of the last build only (dist/ is cleaned by output.clean).
      ...(production
        ? [
            {
              apply: (compiler) =>
                compiler.hooks.beforeRun.tap('CleanMaps', () =>
                  rmSync(path.resolve(__dirname, 'dist-maps'), { recursive: true, force: true }),
                ),
            },
          ]
        : []),
      ...(production
        ? [
            new MiniCssExtractPlugin({ filename: '[name].[contenthash:8].css', ignoreOrder: true }),
            new GriffelCSSExtractionPlugin(),
          ]
        : []),
    ],
    performance: { hints: production ? 'warning' : false, maxEntrypointSize: 400_000, maxAssetSize: 1_200_000 },
    devServer: {
      host: 'localhost',
      port: 3000,
      server: { type: 'https', options: env.WEBPACK_SERVE ? await devHttpsOptions() : {} },
      static: { directory: path.resolve(__dirname, 'dist') },
      headers: { 'Access-Control-Allow-Origin': '*' },
    },
  };
};

module.exports.baseUrl = baseUrl;
module.exports.manifestFor = manifestFor;
module.exports.loadGuardHash = loadGuardHash;
module.exports.DEV_BASE_URL = DEV_BASE_URL;

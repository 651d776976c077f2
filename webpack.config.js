/* eslint-disable @typescript-eslint/no-require-imports */
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const tsRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext', sourceMap: true } } },
};

/**
 * The task pane: `npm run build` (production, dist/) and `npm start` (dev server on :3000).
 * Office.js is loaded from Microsoft's CDN by taskpane.html, as Microsoft requires; it is never
 * bundled. ExcelJS is split into its own chunk and loaded only when a workbook is downloaded or a
 * budget file is read outside Excel.
 * `webpack --env fakehost` builds the test host for the browser tests (dist-test/excel-host.js: the
 * model of Excel behind `window.external`, as Excel on Windows provides it), never part of the add-in.
 */
module.exports = (env = {}, argv = {}) => {
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
  return {
    mode: production ? 'production' : 'development',
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: { rules: [tsRule] },
    // No eval-based source maps: the Content-Security-Policy forbids eval.
    devtool: production ? 'source-map' : 'cheap-module-source-map',
    plugins: [
      new HtmlWebpackPlugin({ template: './src/taskpane/taskpane.html', filename: 'taskpane.html', chunks: ['taskpane'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets', info: { minimized: true } },
          { from: 'manifest.xml', to: 'manifest.xml', info: { minimized: true } },
        ],
      }),
    ],
    performance: { hints: production ? 'warning' : false, maxEntrypointSize: 400_000, maxAssetSize: 1_200_000 },
    devServer: {
      port: 3000,
      static: { directory: path.resolve(__dirname, 'dist') },
      headers: { 'Access-Control-Allow-Origin': '*' },
    },
  };
};

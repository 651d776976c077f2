import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { Browser, chromium } from 'playwright-core';

export const ROOT = resolve(__dirname, '../../..');
export const CHROMIUM = '/usr/bin/chromium';

/** Builds the production task pane (dist/) and the test host of Excel for the browser tests (dist-test/excel-host.js). */
export function buildTaskpane(): void {
  execFileSync('npx', ['webpack', '--mode', 'production'], { cwd: ROOT, stdio: 'pipe' });
  execFileSync('npx', ['webpack', '--env', 'fakehost'], { cwd: ROOT, stdio: 'pipe' });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.map': 'application/json',
};

/** Serves a folder on 127.0.0.1 (a random port), for the length of a test run; `/` is taskpane.html. */
export async function serveFolder(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    try {
      const body = readFileSync(join(dir, path === '/' ? 'taskpane.html' : path));
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** Serves the production build, dist/. */
export const serveDist = () => serveFolder(join(ROOT, 'dist'));

const OFFICE_JS_DIST = join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');

/**
 * Answers the page's requests for Office's CDN (https://appsforoffice.microsoft.com/lib/1/hosted/…)
 * with the files of the @microsoft/office-js package: the real office.js and what it loads beside
 * itself (excel-win32-16.01.js, sv-se/office_strings.js); anything the package lacks is refused.
 */
export async function serveOfficeJsFromPackage(page: import('playwright-core').Page): Promise<void> {
  // Playwright tries the routes last registered first: the refusal goes first.
  await page.route('https://appsforoffice.microsoft.com/**', (route) => route.abort());
  await page.route('https://appsforoffice.microsoft.com/lib/1/hosted/**', async (route) => {
    const path = normalize(new URL(route.request().url()).pathname.replace('/lib/1/hosted/', '')).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    try {
      await route.fulfill({
        status: 200,
        contentType: 'text/javascript',
        body: readFileSync(join(OFFICE_JS_DIST, path)),
      });
    } catch {
      await route.abort();
    }
  });
}

/** Debian's Chromium, headless, with nothing reaching outside this machine (Playwright gives it a fresh profile). */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** @jest-environment node */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/*
 * The build's configuration, where it cannot run here: `npm start` needs Office's dev certificates
 * trusted by the system (office-addin-dev-certs installs a CA, which this machine forbids), and
 * `npm run sideload` needs Excel on Windows or a Mac. The production build itself runs in the slow
 * suite (test/slow/deploy.test.ts).
 */
const ROOT = resolve(__dirname, '..');

// Stands in for the certificates office-addin-dev-certs makes on a developer's machine.
jest.mock('office-addin-dev-certs', () => ({
  getHttpsServerOptions: jest.fn(async () => ({ ca: 'CA-PEM', key: 'KEY-PEM', cert: 'CERT-PEM' })),
}));

// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require('../webpack.config.js') as {
  (env: object, argv: object): Promise<Record<string, any>>;
  baseUrl(environment: Record<string, string | undefined>): string;
  manifestFor(text: string, address: string, version: string): string;
  loadGuardHash(html: string): string;
  DEV_BASE_URL: string;
};
const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
  dependencies: Record<string, string>;
};

describe('npm start (development, as Microsoft’s add-in template does it)', () => {
  it('serves https on localhost:3000 only, with the certificates of office-addin-dev-certs', async () => {
    const devCerts = jest.requireMock('office-addin-dev-certs') as { getHttpsServerOptions: jest.Mock };
    const dev = await config({ WEBPACK_SERVE: true }, { mode: 'development' });
    expect(devCerts.getHttpsServerOptions).toHaveBeenCalledTimes(1);
    expect(dev.devServer.host).toBe('localhost');
    expect(dev.devServer.port).toBe(3000);
    expect(dev.devServer.server).toEqual({
      type: 'https',
      options: { ca: 'CA-PEM', key: 'KEY-PEM', cert: 'CERT-PEM' },
    });
    expect(pkg.scripts.start).toBe('webpack serve --mode development');
    expect(pkg.devDependencies['office-addin-dev-certs']).toBeDefined();
  });

  it('asks for no certificates when it only builds', async () => {
    const devCerts = jest.requireMock('office-addin-dev-certs') as { getHttpsServerOptions: jest.Mock };
    devCerts.getHttpsServerOptions.mockClear();
    await config({ WEBPACK_BUILD: true }, { mode: 'production' });
    expect(devCerts.getHttpsServerOptions).not.toHaveBeenCalled();
  });

  it('is the address manifest.xml names, so the repository’s manifest sideloads as it is', () => {
    const manifest = readFileSync(resolve(ROOT, 'manifest.xml'), 'utf8');
    expect(config.DEV_BASE_URL).toBe('https://localhost:3000');
    expect(manifest).toContain(`<SourceLocation DefaultValue="${config.DEV_BASE_URL}/taskpane.html"/>`);
  });

  it('npm run sideload starts office-addin-debugging on that manifest in Excel desktop, with the dev server', () => {
    // office-addin-debugging is fetched by npx when run (Windows or Mac with Excel): as a
    // devDependency it would pull a native keychain module (keytar) into every install.
    expect(pkg.scripts.sideload).toMatch(
      /^npx --yes office-addin-debugging@\d+ start manifest\.xml desktop --app excel --dev-server "npm start" --dev-server-port 3000$/,
    );
    expect(pkg.scripts['sideload:stop']).toMatch(/^npx --yes office-addin-debugging@\d+ stop manifest\.xml$/);
  });
});

describe('npm run build (production)', () => {
  it('keeps source maps out of dist/ (hidden maps in dist-maps/)', async () => {
    const prod = await config({}, { mode: 'production' });
    expect(prod.devtool).toBe('hidden-source-map');
    expect(resolve(prod.output.path, prod.output.sourceMapFilename.replace('[file].map', ''))).toBe(
      resolve(ROOT, 'dist-maps'),
    );
  });

  it('builds for ADDIN_BASE_URL, else for local development; only https addresses', () => {
    expect(config.baseUrl({})).toBe('https://localhost:3000');
    expect(config.baseUrl({ ADDIN_BASE_URL: 'https://avgift.example.se/' })).toBe('https://avgift.example.se');
    expect(config.baseUrl({ ADDIN_BASE_URL: 'https://www.example.se/avgift' })).toBe('https://www.example.se/avgift');
    expect(() => config.baseUrl({ ADDIN_BASE_URL: 'http://avgift.example.se' })).toThrow(/https/);
    expect(() => config.baseUrl({ ADDIN_BASE_URL: 'avgift.example.se' })).toThrow(/not an address/);
    expect(() => config.baseUrl({ ADDIN_BASE_URL: 'https://avgift.example.se/?x=1' })).toThrow(/query/);
  });

  it('writes the manifest for the address and with package.json’s version', () => {
    const text = readFileSync(resolve(ROOT, 'manifest.xml'), 'utf8');
    const built = config.manifestFor(text, 'https://avgift.example.se', '2.3.4');
    expect(built).not.toMatch(/localhost/);
    expect(built).toContain('<SourceLocation DefaultValue="https://avgift.example.se/taskpane.html"/>');
    expect(built).toContain('<Version>2.3.4.0</Version>');
    expect(built.match(/https:\/\/avgift\.example\.se\//g)!.length).toBe(
      text.match(/https:\/\/localhost:3000\//g)!.length,
    );
  });

  it('hashes the load guard as CSP wants it: SHA-256 of the script text, base64 (Chromium checks it in test/slow/deploy.test.ts)', () => {
    // echo -n 'x()' | openssl dgst -sha256 -binary | base64
    expect(config.loadGuardHash('<script id="load-guard">x()</script>')).toBe(
      "'sha256-D6IGS8VMvCoyaR/l0h9tERrBTATY01CoPS7l6xDv0kI='",
    );
    expect(() => config.loadGuardHash('<script>x()</script>')).toThrow(/load-guard/);
  });
});

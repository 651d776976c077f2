import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { REQUIRED_EXCEL_API } from '../../src/workbook/excel/api';

/** A manifest to check: its file, the page it loads (its CSP), where its icons are, the version it must carry. */
export interface ManifestUnderTest {
  readonly file: string;
  readonly text: string;
  readonly html: string;
  readonly assets: string;
  readonly version: string;
  /** The address every add-in URL must start with ("https://localhost:3000" in the repository). */
  readonly address: string;
}

/** True where xmllint is installed (Debian's libxml2-utils; .ci/run installs it). */
export function haveXmllint(): boolean {
  try {
    execFileSync('sh', ['-c', 'command -v xmllint'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * The manifest's essentials, for the repository's manifest.xml and for a built dist/manifest.xml.
 * `load` is called in beforeAll, after whatever build the caller runs.
 * @example describeManifestEssentials('manifest.xml', () => ({ file, text, html, assets, version, address }))
 */
export function describeManifestEssentials(title: string, load: () => ManifestUnderTest): void {
  describe(title, () => {
    let m: ManifestUnderTest;
    let xml: Document;
    const all = (tag: string) => [...xml.getElementsByTagName(tag)];
    const one = (tag: string) => all(tag)[0]!;
    beforeAll(() => {
      m = load();
      xml = new JSDOM(m.text, { contentType: 'text/xml' }).window.document;
    });

    it('is well-formed XML (xmllint where installed)', () => {
      expect(xml.getElementsByTagName('parsererror')).toHaveLength(0);
      if (haveXmllint()) execFileSync('xmllint', ['--noout', m.file]);
    });

    it('has an id, a four-part version and the package version', () => {
      expect(one('Id').textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      const version = one('Version').textContent!;
      expect(version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
      expect(version.startsWith(`${m.version}.`)).toBe(true);
    });

    it('is an Excel task pane asking for the ExcelApi set the renderer checks', () => {
      expect(xml.documentElement.getAttribute('xsi:type')).toBe('TaskPaneApp');
      expect(all('Host').map((h) => h.getAttribute('Name') ?? h.getAttribute('xsi:type'))).toEqual([
        'Workbook',
        'Workbook',
      ]);
      const set = all('Set').find((s) => s.getAttribute('Name') === 'ExcelApi')!;
      expect(set.getAttribute('MinVersion')).toBe(REQUIRED_EXCEL_API);
    });

    it('loads the task pane over https from its address, the page the build makes', () => {
      const source = one('SourceLocation').getAttribute('DefaultValue')!;
      expect(source).toBe(`${m.address}/taskpane.html`);
      const url = all('bt:Url').find((u) => u.getAttribute('id') === 'Taskpane.Url')!;
      expect(url.getAttribute('DefaultValue')).toBe(source);
    });

    it('names icons, support and learn-more pages at its address, and the icons exist', () => {
      const icons = [
        one('IconUrl'),
        one('HighResolutionIconUrl'),
        ...all('bt:Image').filter((i) => i.getAttribute('DefaultValue')),
      ].map((e) => e.getAttribute('DefaultValue')!);
      expect(icons.length).toBeGreaterThanOrEqual(5);
      for (const url of icons) {
        expect(url.startsWith(`${m.address}/assets/`)).toBe(true);
        expect(existsSync(resolve(m.assets, url.slice(`${m.address}/assets/`.length)))).toBe(true);
      }
      const pages = [
        one('SupportUrl').getAttribute('DefaultValue')!,
        ...all('bt:Url').map((u) => u.getAttribute('DefaultValue')!),
      ];
      for (const url of pages) expect(url.startsWith(`${m.address}/`)).toBe(true);
    });

    it('lists only the domain it calls (SCB), the same as the page’s Content-Security-Policy', () => {
      const domains = all('AppDomain').map((d) => d.textContent);
      expect(domains).toEqual(['https://statistikdatabasen.scb.se']);
      const csp = /Content-Security-Policy"?\s+content="([^"]+)"/.exec(m.html)![1]!;
      const directive = (name: string) =>
        csp
          .split(';')
          .map((d) => d.trim())
          .find((d) => d.startsWith(name + ' '))!
          .split(/\s+/)
          .slice(1);
      expect(directive('connect-src')).toEqual(["'self'", ...domains]);
      // Office's CDN and the one inline script (the load guard), by its hash.
      expect(directive('script-src').slice(0, 2)).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
      expect(directive('script-src')).toHaveLength(3);
      expect(csp).not.toMatch(/unsafe-eval/);
      expect(directive('default-src')).toEqual(["'self'"]);
    });

    it('speaks Swedish with an English override for its button', () => {
      expect(one('DefaultLocale').textContent).toBe('sv-SE');
      const label = all('bt:String').find((s) => s.getAttribute('id') === 'Button.Label')!;
      expect(label.getAttribute('DefaultValue')).toBe('Avgiftsfördelning');
      expect(label.getElementsByTagName('bt:Override')[0]!.getAttribute('Locale')).toBe('en-US');
    });
  });
}

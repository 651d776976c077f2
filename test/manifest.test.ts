/** @jest-environment node */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { REQUIRED_EXCEL_API } from '../src/workbook/excelApi';

/*
 * The manifest checked offline: `office-addin-manifest validate` needs Microsoft's online service,
 * so here it is parsed as XML and its essentials are asserted (and xmllint checks it where present).
 */
const ROOT = resolve(__dirname, '..');
const text = readFileSync(resolve(ROOT, 'manifest.xml'), 'utf8');
const xml = new JSDOM(text, { contentType: 'text/xml' }).window.document;
const all = (tag: string) => [...xml.getElementsByTagName(tag)];
const one = (tag: string) => all(tag)[0]!;

describe('manifest.xml', () => {
  it('is well-formed XML (xmllint where installed)', () => {
    expect(xml.getElementsByTagName('parsererror')).toHaveLength(0);
    let xmllint = true;
    try {
      execFileSync('sh', ['-c', 'command -v xmllint'], { stdio: 'ignore' });
    } catch {
      xmllint = false;
    }
    if (xmllint) execFileSync('xmllint', ['--noout', resolve(ROOT, 'manifest.xml')]);
  });

  it('has an id, a four-part version and the package version', () => {
    expect(one('Id').textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const version = one('Version').textContent!;
    expect(version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(version.startsWith(pkg.version)).toBe(true);
  });

  it('is an Excel task pane asking for the ExcelApi set the renderer checks', () => {
    expect(xml.documentElement.getAttribute('xsi:type')).toBe('TaskPaneApp');
    expect(all('Host').map((h) => h.getAttribute('Name') ?? h.getAttribute('xsi:type'))).toEqual(['Workbook', 'Workbook']);
    const set = all('Set').find((s) => s.getAttribute('Name') === 'ExcelApi')!;
    expect(set.getAttribute('MinVersion')).toBe(REQUIRED_EXCEL_API);
  });

  it('loads the task pane over https, from the page the build makes', () => {
    const source = one('SourceLocation').getAttribute('DefaultValue')!;
    expect(source).toMatch(/^https:\/\/.+\/taskpane\.html$/);
    const url = all('bt:Url').find((u) => u.getAttribute('id') === 'Taskpane.Url')!;
    expect(url.getAttribute('DefaultValue')).toBe(source);
  });

  it('names icons that exist in assets/', () => {
    const urls = [one('IconUrl'), one('HighResolutionIconUrl'), ...all('bt:Image').filter((i) => i.getAttribute('DefaultValue'))].map((e) => e.getAttribute('DefaultValue')!);
    expect(urls.length).toBeGreaterThanOrEqual(5);
    for (const url of urls) expect(existsSync(resolve(ROOT, 'assets', url.split('/assets/')[1]!))).toBe(true);
  });

  it('lists only the domain it calls (SCB), the same as the page’s Content-Security-Policy', () => {
    const domains = all('AppDomain').map((d) => d.textContent);
    expect(domains).toEqual(['https://statistikdatabasen.scb.se']);
    const html = readFileSync(resolve(ROOT, 'src/taskpane/taskpane.html'), 'utf8');
    const csp = /Content-Security-Policy"\s+content="([^"]+)"/.exec(html)![1]!;
    const directive = (name: string) => csp.split(';').map((d) => d.trim()).find((d) => d.startsWith(name + ' '))!.split(/\s+/).slice(1);
    expect(directive('connect-src')).toEqual(["'self'", ...domains]);
    expect(directive('script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
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

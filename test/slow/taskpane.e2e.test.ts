import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { tabularBudget } from '../support/seedBudget';
import { buildTaskpane, launchChromium, ROOT, serveDist } from './support/browser';
import { requireProgram } from './support/programs';

/*
 * The production task pane in Debian's headless Chromium, driven like an officer would: in "Excel"
 * (the fake host injected before the page loads) and as a standalone page. Screenshots of each
 * step go to test-results/ as artefacts.
 */
const haveChromium = requireProgram('chromium', 'chromium');
const describeIf = haveChromium ? describe : describe.skip;
const SHOTS = join(ROOT, 'test-results', 'taskpane');
const nb = (s: string) => s.replace(/ /g, '\u00a0');

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;

describeIf('the task pane in Chromium', () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    buildTaskpane();
    server = await serveDist();
    browser = await launchChromium();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openPane(inExcel: boolean, setup?: unknown): Promise<{ page: Page; problems: string[] }> {
    const page = await browser.newPage({ viewport: { width: 360, height: 1400 }, acceptDownloads: true });
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && !/office\.js|ERR_FAILED|Failed to load resource/.test(m.text()) && problems.push(`console: ${m.text()}`));
    await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)));
    // Office's CDN cannot be reached from here: answer at once instead of waiting.
    await page.route('https://appsforoffice.microsoft.com/**', (route) => route.abort());
    if (inExcel) {
      if (setup) await page.addInitScript((s) => ((window as unknown as { __fakeSetup: unknown }).__fakeSetup = s), setup);
      await page.addInitScript({ path: join(ROOT, 'dist-test', 'fake-host.js') });
    }
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByRole('heading', { name: 'Avgiftsfördelning', level: 1 }).waitFor();
    return { page, problems };
  }

  const budgetCells = () => {
    const cells: Record<string, string | number> = {};
    tabularBudget().forEach((row, r) => row.forEach((v, c) => v !== '' && (cells[`${'AB'[c]}${r + 1}`] = v as string | number)));
    return cells;
  };

  it('the production bundle has no eval and no new Function (the CSP forbids them)', () => {
    const scripts = readdirSync(join(ROOT, 'dist')).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(1);
    // Two known, unreachable fallbacks, named here so that any other one fails the test:
    // - webpack's runtime finds the global object with `new Function("return this")` only where
    //   globalThis is missing (no browser Office supports);
    // - ExcelJS's prebuilt bundle has a setImmediate polyfill that turns a *string* callback into a
    //   function; nothing calls it with a string.
    // The CSP (no 'unsafe-eval') would block either if it ever ran; the browser tests see no violation.
    const fallbacks = [/return this\|\|new Function\("return this"\)\(\)/g, /"function"!=typeof e&&\(e=new Function\(""\+e\)\)/g];
    for (const file of scripts) {
      const code = fallbacks.reduce((c, f) => c.replace(f, ''), readFileSync(join(ROOT, 'dist', file), 'utf8'));
      expect({ file, eval: /\beval\s*\(/.test(code), newFunction: /new\s+Function\s*\(/.test(code) }).toEqual({ file, eval: false, newFunction: false });
    }
  });

  it('runs the whole yearly job in Excel by clicking, and Excel receives the sheets', async () => {
    const { page, problems } = await openPane(true, { sheets: [{ name: 'Blad1' }, { name: 'Budget', cells: budgetCells() }] });
    await page.screenshot({ path: join(SHOTS, '1-start.png'), fullPage: true });

    await page.getByRole('button', { name: 'Hämta folkmängd' }).click();
    await page.getByText(/Källa: Inbyggd ögonblicksbild/).waitFor();
    await page.screenshot({ path: join(SHOTS, '2-population.png'), fullPage: true });
    await expect(page.getByTestId('fee-total').textContent()).resolves.toBe(nb('2 102 500 kr'));

    await page.getByRole('button', { name: 'Skriv till arbetsboken' }).click();
    await page.getByText('12 blad skrivna:').waitFor();
    await page.screenshot({ path: join(SHOTS, '3-written.png'), fullPage: true });
    const workbook = await page.evaluate(() => {
      const fake = window.__fakeExcel!;
      return { sheets: fake.state.sheets.map((s) => s.name), e10: fake.cell('Avgift 2026', 'E10')?.formula, a10: fake.cell('Avgift 2026', 'A10')?.value, syncs: fake.syncs };
    });
    expect(workbook.sheets).toEqual(['Blad1', 'Budget', 'Avgift 2026', 'Fakturaunderlag 2026', 'Botkyrka 2026', 'Haninge 2026', 'Huddinge 2026', 'Nykvarn 2026', 'Nynäshamn 2026', 'Salem 2026', 'Södertälje 2026', 'Tyresö 2026', 'Befolkning', 'Historik']);
    expect(workbook.e10).toBe('=C10*Sats_2026');
    expect(workbook.a10).toBe('0127');
    expect(workbook.syncs).toBe(3); // one to look for its own sheets, two to write

    await page.getByRole('button', { name: 'Kontrollera budgeten' }).click();
    await page.getByText('Budgeten balanserar', { exact: true }).waitFor();
    await page.screenshot({ path: join(SHOTS, '4-budget.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('works by keyboard alone, with the focus visible', async () => {
    const { page } = await openPane(true);
    const fetch = page.getByRole('button', { name: 'Hämta folkmängd' });
    for (let i = 0; i < 20 && !(await fetch.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await fetch.evaluate((el) => el === document.activeElement)).toBe(true);
    const outline = await fetch.evaluate((el) => getComputedStyle(el, null).outlineStyle + ' ' + getComputedStyle(el, '::after').borderStyle);
    expect(outline).not.toBe('none none');
    await page.screenshot({ path: join(SHOTS, '5-keyboard-focus.png') });
    await page.keyboard.press('Enter');
    await page.getByText(/Källa: Inbyggd ögonblicksbild/).waitFor();
    await page.close();
  });

  it('outside Excel it computes and offers the workbook as an .xlsx download', async () => {
    const { page, problems } = await openPane(false);
    await page.getByText('Utanför Excel').waitFor();
    await page.getByRole('button', { name: 'Hämta folkmängd' }).click();
    await page.getByText(/Källa: Inbyggd ögonblicksbild/).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ned arbetsbok (.xlsx)' }).click()]);
    const file = join(SHOTS, download.suggestedFilename());
    await download.saveAs(file);
    expect(download.suggestedFilename()).toBe('Avgift-2026.xlsx');
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK'); // a zip: .xlsx
    await page.getByText('Arbetsboken Avgift-2026.xlsx är nedladdad.').waitFor();
    await page.screenshot({ path: join(SHOTS, '6-standalone.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });
});

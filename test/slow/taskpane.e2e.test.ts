import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { SCB_BASE_URL } from '../../src/data/scb/url';
import { ScbTestServer } from '../support/scbServer';
import { tabularBudget } from '../support/seedBudget';
import { buildTaskpane, launchChromium, ROOT, serveDist, serveOfficeJsFromPackage } from './support/browser';
import { requireProgram } from './support/programs';
import { axeViolations } from './support/axe';
import { SHEETS_2026 } from '../support/expected';

/*
 * The production task pane in Debian's headless Chromium, driven like an officer would: in Excel and
 * as a standalone page. In Excel, the page loads Microsoft's real office.js (served from the
 * @microsoft/office-js package in place of the CDN), which finds Excel on Windows through
 * window.external and loads excel-win32-16.01.js: Office.onReady, isSetSupported and Excel.run are
 * Microsoft's code. Still ours: window.external itself (test/e2e/excelHostEntry.ts, injected before
 * the page loads) and the model of Excel answering behind it. Screenshots of each step go to
 * test-results/ as artefacts.
 */
const haveChromium = requireProgram('chromium', 'chromium');
const describeIf = haveChromium ? describe : describe.skip;
const SHOTS = join(ROOT, 'test-results', 'taskpane');
const nb = (s: string) => s.replace(/ /g, '\u00a0');
/** Invoicing time for 2026, before the due date; and budget time for 2027, before SCB publishes 31 December 2026. */
const MARCH = new Date(2026, 2, 2, 9, 0);
const NOVEMBER = new Date(2026, 10, 23, 9, 0);
const SOURCE = /Källa: SCB:s folkmängd 31 december, följer med tillägget/;

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

  /**
   * The pane at a date of the officers' year: the page's Date starts that day (and runs on), so the
   * calendar decides the fee year as it would that day. Early March 2026 unless told.
   */
  async function openPane(
    inExcel: boolean,
    setup?: unknown,
    options: { width?: number; height?: number; dark?: boolean; now?: Date } = {},
  ): Promise<{ page: Page; problems: string[] }> {
    const page = await browser.newPage({
      viewport: { width: options.width ?? 360, height: options.height ?? 1400 },
      acceptDownloads: true,
      colorScheme: options.dark ? 'dark' : 'light',
    });
    // Only Date moves to that day (Playwright's clock also fakes the performance timeline office.js reads).
    await page.addInitScript(
      (day) => {
        const RealDate = Date;
        const offset = day - RealDate.now();
        class OfficersDate extends RealDate {
          constructor(...args: unknown[]) {
            if (args.length) super(...(args as [number]));
            else super(RealDate.now() + offset);
          }
          static override now() {
            return RealDate.now() + offset;
          }
        }
        (globalThis as unknown as { Date: DateConstructor }).Date = OfficersDate as DateConstructor;
      },
      (options.now ?? MARCH).getTime(),
    );
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on(
      'console',
      (m) =>
        m.type() === 'error' &&
        !/office\.js|ERR_FAILED|Failed to load resource/.test(m.text()) &&
        problems.push(`console: ${m.text()}`),
    );
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
      ),
    );
    // Office's CDN cannot be reached from here: in Excel the package's office.js answers for it;
    // standalone the CDN fails at once, as outside Office without a network.
    if (inExcel) await serveOfficeJsFromPackage(page);
    else await page.route('https://appsforoffice.microsoft.com/**', (route) => route.abort());
    // Nor can SCB: fail at once, as an office without internet would.
    await page.route('https://statistikdatabasen.scb.se/**', (route) => route.abort('internetdisconnected'));
    if (inExcel) {
      if (setup)
        await page.addInitScript((s) => ((window as unknown as { __excelSetup: unknown }).__excelSetup = s), setup);
      await page.addInitScript({ path: join(ROOT, 'dist-test', 'excel-host.js') });
    }
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByRole('heading', { name: 'Avgiftsfördelning', level: 1 }).waitFor();
    return { page, problems };
  }

  /** Opens a task page by its tab; with `year`, types that fee year (a 2026 budget checked in March is told 2026). */
  const openTask = async (page: Page, name: string, year?: number) => {
    await page.getByRole('tab', { name }).click();
    if (year !== undefined) await page.getByLabel('Avgiftsår', { exact: true }).fill(String(year));
  };

  const budgetCells = () => {
    const cells: Record<string, string | number> = {};
    tabularBudget().forEach((row, r) =>
      row.forEach((v, c) => v !== '' && (cells[`${'AB'[c]}${r + 1}`] = v as string | number)),
    );
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
    const fallbacks = [
      /return this\|\|new Function\("return this"\)\(\)/g,
      /"function"!=typeof e&&\(e=new Function\(""\+e\)\)/g,
    ];
    for (const file of scripts) {
      const code = fallbacks.reduce((c, f) => c.replace(f, ''), readFileSync(join(ROOT, 'dist', file), 'utf8'));
      expect({ file, eval: /\beval\s*\(/.test(code), newFunction: /new\s+Function\s*\(/.test(code) }).toEqual({
        file,
        eval: false,
        newFunction: false,
      });
    }
  });

  it('runs the whole yearly job in Excel by clicking, and Excel receives the sheets', async () => {
    const { page, problems } = await openPane(true, {
      sheets: [{ name: 'Blad1' }, { name: 'Budget', cells: budgetCells() }],
    });
    await page.screenshot({ path: join(SHOTS, '1-start.png'), fullPage: true });

    expect({ state: '1-start', violations: await axeViolations(page) }).toEqual({ state: '1-start', violations: [] });
    // A mouse wheel over the focused year does not change the fee year.
    const year = page.getByLabel('Avgiftsår', { exact: true });
    await year.focus();
    await year.hover();
    await page.mouse.wheel(0, 300);
    await expect(year.inputValue()).resolves.toBe('2026');

    await page.getByRole('button', { name: 'Hämta folkmängd' }).click();
    await page.getByText(SOURCE).waitFor();
    await page.screenshot({ path: join(SHOTS, '2-population.png'), fullPage: true });

    expect({ state: '2-population', violations: await axeViolations(page) }).toEqual({
      state: '2-population',
      violations: [],
    });
    await expect(page.getByTestId('fee-total').textContent()).resolves.toBe(nb('2 102 500 kr'));
    await page.getByText(/^Nya blad: Avgift 2026/).waitFor();

    await page.getByRole('button', { name: 'Skriv till arbetsboken' }).click();
    await page.getByText('13 blad skrivna:').waitFor();
    await page.getByText(/^Finns redan, skrivna av tillägget: Avgift 2026/).waitFor();
    await page.screenshot({ path: join(SHOTS, '3-written.png'), fullPage: true });

    expect({ state: '3-written', violations: await axeViolations(page) }).toEqual({
      state: '3-written',
      violations: [],
    });
    const workbook = await page.evaluate(() => {
      const model = window.__excelModel!;
      return {
        sheets: model.state.sheets.map((s) => s.name),
        e10: model.cell('Avgift 2026', 'E10')?.formula,
        a10: model.cell('Avgift 2026', 'A10')?.value,
        b20: model.cell('Avgift 2026', 'B20'),
        hiddenMarkers: [...model.state.names.values()]
          .filter((n) => n.name.startsWith('AVGF_'))
          .every((n) => !n.visible),
        traffic: model.traffic(),
        office: { host: (window as unknown as { Office: { context: { host: string } } }).Office.context.host },
      };
    });
    expect(workbook.sheets).toEqual(['Blad1', 'Budget', ...SHEETS_2026, 'Medlemmar', 'Logg']); // every write is logged
    expect(workbook.e10).toBe('=C10*Sats_2026');
    expect(workbook.a10).toBe('0127');
    expect(workbook.b20).toMatchObject({ formula: '=IF(ABS(C20)<=0,"Stämmer","Avviker")' });
    expect(workbook.hiddenMarkers).toBe(true);
    expect(workbook.office.host).toBe('Excel');
    // One as the pane opens, listing the workbook's sheets for the budget's choice of sheet; one for the
    // preview of what will be written, once the fees are there; one to look for its own sheets and the
    // members register (none in the way: no SCB revision check either); two to write (read, with the
    // Logg's last row; then everything, the Logg made as one more sheet); one for the preview after the
    // write (the sheets are now the add-in's). Besides these six of work, one of the library's own clean-up.
    expect([workbook.traffic.work, workbook.traffic.cleanup]).toEqual([6, 1]);

    await openTask(page, 'Budget för nästa år', 2026);
    await page.getByRole('button', { name: 'Kontrollera budgeten' }).click();
    await page.getByText('Budgeten balanserar', { exact: true }).waitFor();
    await page.screenshot({ path: join(SHOTS, '4-budget.png'), fullPage: true });

    expect({ state: '4-budget', violations: await axeViolations(page) }).toEqual({ state: '4-budget', violations: [] });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('works by keyboard alone, with the focus visible', async () => {
    const { page } = await openPane(true);
    const fetch = page.getByRole('button', { name: 'Hämta folkmängd' });
    for (let i = 0; i < 20 && !(await fetch.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    expect(await fetch.evaluate((el) => el === document.activeElement)).toBe(true);
    const outline = await fetch.evaluate(
      (el) => getComputedStyle(el, null).outlineStyle + ' ' + getComputedStyle(el, '::after').borderStyle,
    );
    expect(outline).not.toBe('none none');
    await page.screenshot({ path: join(SHOTS, '5-keyboard-focus.png') });

    expect({ state: '5-keyboard-focus', violations: await axeViolations(page) }).toEqual({
      state: '5-keyboard-focus',
      violations: [],
    });
    await page.keyboard.press('Enter');
    await page.getByText(SOURCE).waitFor();
    // On to "Skriv till arbetsboken" by Tab, and Enter: Excel gets the workbook.
    const write = page.getByRole('button', { name: 'Skriv till arbetsboken' });
    for (let i = 0; i < 40 && !(await write.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText('13 blad skrivna:').waitFor();
    // A second time the question comes, with the focus; Enter on its first answer replaces in place.
    await write.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('group', { name: 'Bladen finns redan' }).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText('(ersatt)').first().waitFor();
    const sheets = await page.evaluate(() => window.__excelModel!.state.sheets.map((s) => s.name));
    expect(sheets).toEqual(['Blad1', ...SHEETS_2026, 'Medlemmar', 'Logg']);
    await page.close();
  });

  it('outside Excel it computes and offers the workbook as an .xlsx download', async () => {
    const { page, problems } = await openPane(false);
    await page.getByText('Utanför Excel').waitFor();
    await page.getByRole('button', { name: 'Hämta folkmängd' }).click();
    await page.getByText(SOURCE).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Ladda ned arbetsbok (.xlsx)' }).click(),
    ]);
    const file = join(SHOTS, download.suggestedFilename());
    await download.saveAs(file);
    expect(download.suggestedFilename()).toBe('Avgift-2026.xlsx');
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK'); // a zip: .xlsx
    await page.getByText('Arbetsboken Avgift-2026.xlsx är nedladdad.').waitFor();
    await page.screenshot({ path: join(SHOTS, '6-standalone.png'), fullPage: true });

    expect({ state: '6-standalone', violations: await axeViolations(page) }).toEqual({
      state: '6-standalone',
      violations: [],
    });
    expect(problems).toEqual([]);
    await page.close();
  });

  /** After a resize: two frames, for the tables to measure themselves and stack (DataTable's useStacked). */
  const settled = (page: Page) =>
    page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));

  /** Whether the page scrolls sideways (WCAG 1.4.10: content reflows at 320 CSS px). */
  const scrollsSideways = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);

  it('reflows at 320 px and at 200 % zoom (160 CSS px) without scrolling sideways', async () => {
    const { page } = await openPane(true, { sheets: [{ name: 'Budget', cells: budgetCells() }] }, { width: 320 });
    await page.getByRole('button', { name: 'Hämta folkmängd' }).click();
    await page.getByText(SOURCE).waitFor();
    await page.getByRole('button', { name: 'Skriv till arbetsboken' }).click();
    await page.getByText('13 blad skrivna:').waitFor();
    await openTask(page, 'Budget för nästa år', 2026);
    await page.getByRole('button', { name: 'Kontrollera budgeten' }).click();
    await page.getByText('Budgeten balanserar', { exact: true }).waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    await page.screenshot({ path: join(SHOTS, '7-320px.png'), fullPage: true });

    expect({ state: '7-320px', violations: await axeViolations(page) }).toEqual({ state: '7-320px', violations: [] });
    // 200 % zoom of a 320 px pane is 160 CSS px.
    await page.setViewportSize({ width: 160, height: 1400 });
    await settled(page);
    expect(await scrollsSideways(page)).toBe(false);
    await page.screenshot({ path: join(SHOTS, '8-zoom-200.png'), fullPage: true });

    expect({ state: '8-zoom-200', violations: await axeViolations(page) }).toEqual({
      state: '8-zoom-200',
      violations: [],
    });
    await page.close();
  });

  it('in the dark theme the whole pane is dark and the text keeps its contrast', async () => {
    const { page, problems } = await openPane(false, undefined, { dark: true });
    // Before the tables the content is shorter than the pane: no white band under it.
    const under = await page.evaluate(
      () =>
        (document.elementFromPoint(10, window.innerHeight - 5) as HTMLElement).closest('.fui-FluentProvider') !== null,
    );
    expect(under).toBe(true);
    await page.getByRole('button', { name: 'Hämta folkmängd' }).click();
    await page.getByText(SOURCE).waitFor();
    await openTask(page, 'Budget för nästa år');
    await page.getByRole('radio', { name: 'Budgetfil (.xlsx)' }).check();
    await page.screenshot({ path: join(SHOTS, '9-dark.png'), fullPage: true });

    expect({ state: '9-dark', violations: await axeViolations(page) }).toEqual({ state: '9-dark', violations: [] });
    const colours = await page.evaluate(() => {
      const rgb = (c: string) => (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
      const lum = (c: string) => {
        const [r, g, b] = rgb(c)
          .map((v) => v / 255)
          .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const contrast = (a: string, b: string) => (Math.max(lum(a), lum(b)) + 0.05) / (Math.min(lum(a), lum(b)) + 0.05);
      const provider = document.querySelector('.fui-FluentProvider') as HTMLElement;
      const background = getComputedStyle(provider).backgroundColor;
      // The colour behind an element: the nearest one that paints a background.
      const behind = (el: HTMLElement | null): string => {
        for (; el; el = el.parentElement) {
          const c = getComputedStyle(el).backgroundColor;
          if (!/rgba\(.*,\s*0\)$|transparent/.test(c)) return c;
        }
        return background;
      };
      // Disabled controls are exempt (WCAG 1.4.3); everything else with text must reach 4.5:1.
      const texts = Array.from(
        document.querySelectorAll<HTMLElement>(
          'main h1, main h2, main label, main legend, main th, main td, main span, main button, main li',
        ),
      )
        .filter(
          (el) => el.offsetParent && el.textContent?.trim() && !el.closest('button:disabled, [aria-disabled=true]'),
        )
        .map((el) => ({
          text: el.textContent!.trim().slice(0, 30),
          ratio: contrast(getComputedStyle(el).color, behind(el)),
        }));
      return { dark: lum(background) < 0.1, low: texts.filter((t) => t.ratio < 4.5) };
    });
    expect(colours.dark).toBe(true);
    expect(colours.low).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('without internet, SCB says so and the snapshot is one click away', async () => {
    const { page } = await openPane(true);
    await page.getByRole('radio', { name: 'SCB – hämta de senaste siffrorna' }).check();
    await page.getByRole('button', { name: 'Hämta folkmängd' }).click();
    const alert = page.getByRole('alert');
    await alert.getByText(/Kunde inte nå SCB/).waitFor();
    await page.screenshot({ path: join(SHOTS, '10-scb-offline.png'), fullPage: true });

    expect({ state: '10-scb-offline', violations: await axeViolations(page) }).toEqual({
      state: '10-scb-offline',
      violations: [],
    });
    await alert.getByRole('button', { name: 'Använd siffrorna som följer med tillägget' }).click();
    await page.getByText(SOURCE).waitFor();
    await expect(page.getByTestId('fee-total').textContent()).resolves.toBe(nb('2 102 500 kr'));
    await page.close();
  });

  it('in Excel, the SCB query stored on Befolkning is asked again byte for byte, by keyboard, and the revision shows', async () => {
    // SCB's address answered by the local SCB server (through Playwright, so the page still asks
    // https://statistikdatabasen.scb.se under its CSP); SCB then revises Botkyrka's 2025 figure.
    const scb = new ScbTestServer();
    const local = await scb.start();
    try {
      const { page, problems } = await openPane(true);
      await page.route(`${SCB_BASE_URL}/**`, async (route) => {
        const response = await route.fetch({ url: route.request().url().replace(SCB_BASE_URL, local) });
        await route.fulfill({ response, headers: { ...response.headers(), 'access-control-allow-origin': '*' } });
      });
      const scbRadio = page.getByRole('radio', { name: 'SCB – hämta de senaste siffrorna' });
      await scbRadio.check();
      await page.getByRole('button', { name: 'Hämta folkmängd' }).click();
      await page.getByText(/Källa: SCB:s statistikdatabas/).waitFor();
      await page.getByRole('button', { name: 'Skriv till arbetsboken' }).click();
      await page.getByText('13 blad skrivna:').waitFor();
      scb.revised.set('0127:2025', 96_760);

      // The next radio by arrow key, then Tab to Hämta folkmängd and Enter.
      await scbRadio.focus();
      await page.keyboard.press('ArrowDown');
      await expect(
        page.getByRole('radio', { name: 'Samma SCB-fråga som bladet Befolkning' }).isChecked(),
      ).resolves.toBe(true);
      const fetch = page.getByRole('button', { name: 'Hämta folkmängd' });
      for (let i = 0; i < 10 && !(await fetch.evaluate((el) => el === document.activeElement)); i++)
        await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page
        .getByRole('table', { name: 'Folkmängd 31 december 2025' })
        .getByRole('row', { name: /Botkyrka/ })
        .getByText(nb('96 760'))
        .waitFor();
      expect(scb.dataRequests).toHaveLength(2);
      expect(scb.dataRequests[1]).toBe(scb.dataRequests[0]);

      await page.getByRole('button', { name: 'Skriv till arbetsboken' }).click();
      await page.getByText(/SCB:s siffror skiljer sig från dem som bladen för 2026 använde/).waitFor();
      await expect(
        page
          .getByRole('table', { name: 'Ändrad folkmängd per kommun' })
          .getByRole('row', { name: /Botkyrka/ })
          .textContent(),
      ).resolves.toBe(nb('Botkyrka96 75096 760+10+40 kr'));
      await page.screenshot({ path: join(SHOTS, '11-scb-again.png'), fullPage: true });

      expect({ state: '11-scb-again', violations: await axeViolations(page) }).toEqual({
        state: '11-scb-again',
        violations: [],
      });
      expect(problems).toEqual([]);
      await page.close();
    } finally {
      await scb.stop();
    }
  });

  describe("the committee's year, end to end", () => {
    /** The workbook as Excel holds it: sheet names, and a cell's value or formula. */
    const workbook = (page: Page) => page.evaluate(() => window.__excelModel!.state.sheets.map((s) => s.name));
    const cell = (page: Page, sheet: string, address: string) =>
      page.evaluate(
        ([s, a]) => {
          const c = window.__excelModel!.cell(s!, a!);
          return c ? { value: c.value, formula: c.formula } : undefined;
        },
        [sheet, address] as const,
      );

    it('November: fee year 2027 as a forecast, the budget template, and the budget checked against the forecast', async () => {
      const { page, problems } = await openPane(true, { sheets: [{ name: 'Blad1' }] }, { now: NOVEMBER });
      await expect(page.getByLabel('Avgiftsår', { exact: true }).inputValue()).resolves.toBe('2027');
      await page.getByText('Budgetår 2027 (prognos)', { exact: true }).waitFor();
      await page.getByRole('button', { name: 'Hämta folkmängd' }).click();
      await page.getByText(SOURCE).waitFor();
      await page.getByRole('table', { name: 'Folkmängd 31 december 2025' }).waitFor();
      await expect(page.locator('[data-fees-kind]').getAttribute('data-fees-kind')).resolves.toBe('forecast');
      await expect(page.getByTestId('fee-total').textContent()).resolves.toBe(nb('2 102 500 kr'));
      await expect(page.getByRole('checkbox', { name: 'Fakturaunderlag (Excel-tabell)' }).count()).resolves.toBe(0);
      await page.getByRole('checkbox', { name: 'Budgetmall' }).check();
      await page.getByRole('button', { name: 'Skriv till arbetsboken' }).click();
      await page.getByText(/blad skrivna:$/).waitFor();
      await page.screenshot({ path: join(SHOTS, '11-november-forecast.png'), fullPage: true });

      expect({ state: '11-november-forecast', violations: await axeViolations(page) }).toEqual({
        state: '11-november-forecast',
        violations: [],
      });
      const sheets = await workbook(page);
      expect(sheets).toEqual(['Blad1', 'Prognos 2027', 'Befolkning', 'Historik', 'Budget']);
      expect(String((await cell(page, 'Prognos 2027', 'A1'))?.value)).toContain(
        'Prognos 2027 – folkmängd 31 december 2025',
      );
      expect((await cell(page, 'Budget', 'B5'))?.formula).toMatch(/^='Prognos 2027'!E\d+$/); // the template's fee revenue follows the forecast
      // The check reads the sheet as Excel shows it: its sums computed (the model calculates them).
      const sums = await page.evaluate(() =>
        window
          .__excelModel!.values('Budget', 'A1:B20')
          .filter((r) => r[0] === 'Summa')
          .map((r) => r[1]),
      );
      expect(sums).toEqual([2_102_500, 2_102_500]);
      await page.getByRole('button', { name: 'Kontrollera budgeten' }).click();
      await page.getByText('Budgeten balanserar', { exact: true }).waitFor();
      const compared = await page.getByTestId('budget-compared').textContent();
      expect(compared).toContain('Avgiftsår 2027');
      expect(compared).toContain('jämfördes med prognosen');
      expect(compared).toContain('Prognos 2027 – folkmängd 31 december 2025');
      expect(compared).toContain(nb('2 102 500 kr'));
      await page.screenshot({ path: join(SHOTS, '11-november-budget-in-excel.png'), fullPage: true });

      expect({ state: '11-november-budget-in-excel', violations: await axeViolations(page) }).toEqual({
        state: '11-november-budget-in-excel',
        violations: [],
      });
      expect(problems).toEqual([]);
      await page.close();
    });

    it('November outside Excel: the forecast workbook with its budget template, and that budget checked against the forecast', async () => {
      // Outside Excel the budget is checked as Excel saves it: the downloaded workbook, with the values
      // its formulas had.
      const { page, problems } = await openPane(false, undefined, { now: NOVEMBER });
      await page.getByRole('button', { name: 'Hämta folkmängd' }).click();
      await page.getByText(SOURCE).waitFor();
      await page.getByRole('checkbox', { name: 'Budgetmall' }).check();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Ladda ned arbetsbok (.xlsx)' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('Prognos-2027.xlsx');
      const file = join(SHOTS, download.suggestedFilename());
      await download.saveAs(file);
      await page.locator('input[type=file][accept=".xlsx"]').setInputFiles(file);
      await page.getByRole('button', { name: 'Kontrollera budgeten' }).click();
      await page.getByText('Budgeten balanserar', { exact: true }).waitFor();
      const compared = await page.getByTestId('budget-compared').textContent();
      expect(compared).toContain('Avgiftsår 2027');
      expect(compared).toContain('jämfördes med prognosen');
      expect(compared).toContain(nb('2 102 500 kr'));
      await page.screenshot({ path: join(SHOTS, '12-november-budget.png'), fullPage: true });

      expect({ state: '12-november-budget', violations: await axeViolations(page) }).toEqual({
        state: '12-november-budget',
        violations: [],
      });
      expect(problems).toEqual([]);
      await page.close();
    });

    it('March: fee year 2026 is invoiced — the invoice CSV downloads from the pane', async () => {
      const { page, problems } = await openPane(false, undefined, { now: MARCH });
      await page.getByText('Faktureringsår 2026', { exact: true }).waitFor();
      await page.getByRole('button', { name: 'Hämta folkmängd' }).click();
      await page.getByText(SOURCE).waitFor();
      await expect(page.locator('[data-fees-kind]').getAttribute('data-fees-kind')).resolves.toBe('decided');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Ladda ned fakturaunderlag (.csv)' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('Fakturaunderlag-2026.csv');
      const file = join(SHOTS, download.suggestedFilename());
      await download.saveAs(file);
      const bytes = readFileSync(file);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 with BOM, for the financial system
      const lines = bytes
        .toString('utf8')
        .replace(/^\ufeff/, '')
        .split('\r\n');
      // With the members register's columns (#13): what is known for certain is filled in, the rest says Saknas.
      expect(lines[0]).toBe(
        'Kommunkod;Mottagare;Avgiftsår;Belopp;Underlag;Avsändare;Förfallodag;Referens;Fakturanamn;Organisationsnummer;Peppol-ID;Köparens referens;E-post;Intern omföring;Saknas',
      );
      const botkyrka = lines.find((l) => l.startsWith('0127;'))!.split(';');
      expect([botkyrka[2], botkyrka[3], botkyrka[6]]).toEqual(['2026', '387000', '2026-03-15']);
      await page.getByText('Fakturaunderlaget Fakturaunderlag-2026.csv är nedladdat.').waitFor();
      expect(problems).toEqual([]);
      await page.close();
    });

    it('a scenario: 4,50 kr is written beside the decided 4 kr, never as invoices', async () => {
      const { page, problems } = await openPane(true, { sheets: [{ name: 'Blad1' }] }, { now: MARCH });
      await page.getByRole('button', { name: 'Hämta folkmängd' }).click();
      await page.getByText(SOURCE).waitFor();
      await page.getByLabel('Avgift per invånare (kr)').fill('4,50');
      await expect(page.locator('[data-fees-kind]').getAttribute('data-fees-kind')).resolves.toBe('scenario');
      await page.getByRole('table', { name: 'Scenario 2026 4,50 kr' }).waitFor();
      await expect(page.getByRole('button', { name: 'Ladda ned fakturaunderlag (.csv)' }).count()).resolves.toBe(0);
      await page.getByRole('button', { name: 'Skriv till arbetsboken' }).click();
      await page.getByText(/blad skrivna:$/).waitFor();
      await page.screenshot({ path: join(SHOTS, '13-scenario.png'), fullPage: true });

      expect({ state: '13-scenario', violations: await axeViolations(page) }).toEqual({
        state: '13-scenario',
        violations: [],
      });
      const sheets = await workbook(page);
      expect(sheets).toContain('Scenario 2026 4,50 kr');
      expect(sheets.filter((n) => /Fakturaunderlag|Avgift 2026|Botkyrka/.test(n))).toEqual([]);
      const rows = await Promise.all(
        [8, 9, 10, 11, 12, 13, 14, 15].map(async (r) => ({
          r,
          name: (await cell(page, 'Scenario 2026 4,50 kr', `B${r}`))?.value,
        })),
      );
      const r = rows.find((x) => x.name === 'Botkyrka')!.r;
      expect((await cell(page, 'Scenario 2026 4,50 kr', `D${r}`))?.value).toBe(387_000);
      expect((await cell(page, 'Scenario 2026 4,50 kr', `E${r}`))?.value).toBe(435_375);
      expect((await cell(page, 'Scenario 2026 4,50 kr', `F${r}`))?.formula).toBe(`=E${r}-D${r}`);
      expect(problems).toEqual([]);
      await page.close();
    });
  });

  describe('the three tasks by keyboard, at 320 px (issue 21)', () => {
    /** A task pane 320 CSS px wide and 800 high: "a screen" below. */
    const SCREEN = { width: 320, height: 800 };
    const figures: Record<string, unknown> = {};
    afterAll(() => writeFileSync(join(SHOTS, 'walk-figures.json'), JSON.stringify(figures, null, 1)));

    /** Tab (forwards) until the element has the focus; fails after `max` presses. */
    const tabTo = async (page: Page, target: ReturnType<Page['getByRole']>, max = 60) => {
      for (let i = 0; i < max; i++) {
        if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`Tab never reached ${target}`);
    };
    const focusedIs = (target: ReturnType<Page['getByRole']>) =>
      target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement));
    /** The content's height (the pane's background fills the screen beneath it). */
    const contentHeight = (page: Page) => page.evaluate(() => Math.ceil(document.querySelector('main')!.scrollHeight));
    /** Each table's width against the pane's: its caption, scrollWidth and the width it has. */
    const tables = (page: Page) =>
      page.evaluate(() => ({
        pane: document.documentElement.clientWidth,
        tables: [...document.querySelectorAll('table')].map((t) => ({
          caption: t.caption?.textContent ?? '',
          width: t.scrollWidth,
          box: t.parentElement!.clientWidth,
        })),
      }));
    const fits = (t: Awaited<ReturnType<typeof tables>>) =>
      t.tables.filter((x) => x.width > x.box + 1 || x.width > t.pane).map((x) => x.caption);
    /** The height of each task page as it opens, walked by the arrow keys from the tab in season. */
    const pageHeights = async (page: Page) => {
      const heights: Record<string, number> = {};
      const selected = page.locator('[role=tab][aria-selected=true]');
      await selected.focus();
      for (let i = 0; i < 3; i++) {
        const name = (await selected.textContent())!;
        await page.getByRole('tabpanel', { name }).waitFor();
        heights[name] = await contentHeight(page);
        await page.keyboard.press('ArrowRight');
      }
      return heights;
    };

    it('November: the budget page is open for 2027; forecast, Budgetmall and budget check by keyboard', async () => {
      const { page, problems } = await openPane(true, { sheets: [{ name: 'Blad1' }] }, { ...SCREEN, now: NOVEMBER });
      const budgetTab = page.getByRole('tab', { name: 'Budget för nästa år' });
      await expect(budgetTab.getAttribute('aria-selected')).resolves.toBe('true');
      await expect(page.getByLabel('Avgiftsår', { exact: true }).inputValue()).resolves.toBe('2027');
      const heights = await pageHeights(page);
      figures.november = { heights };
      // Back on the budget page (the arrows went round), the year it opened with.
      await expect(budgetTab.getAttribute('aria-selected')).resolves.toBe('true');
      await expect(page.getByLabel('Avgiftsår', { exact: true }).inputValue()).resolves.toBe('2027');
      for (const [name, h] of Object.entries(heights))
        expect({ name, twoScreens: h <= 2 * SCREEN.height }).toEqual({ name, twoScreens: true });

      // Tab goes on from the tab into its page: Hämta folkmängd, then the Budgetmall, then the check.
      const fetch = page.getByRole('button', { name: 'Hämta folkmängd' });
      await tabTo(page, fetch);
      await page.keyboard.press('Enter');
      await page.getByText(SOURCE).waitFor();
      await expect(page.locator('[data-fees-kind]').getAttribute('data-fees-kind')).resolves.toBe('forecast');
      await expect(page.getByRole('checkbox', { name: 'Fakturaunderlag (Excel-tabell)' }).count()).resolves.toBe(0);
      await tabTo(page, page.getByRole('button', { name: 'Skriv till arbetsboken' }));
      await page.keyboard.press('Enter');
      const written = page.getByRole('group', { name: /blad skrivna:$/ });
      await written.waitFor();
      await expect(focusedIs(written)).resolves.toBe(true);
      expect(await page.evaluate(() => window.__excelModel!.state.sheets.map((s) => s.name))).toEqual([
        'Blad1',
        'Prognos 2027',
        'Befolkning',
        'Historik',
        'Budget',
      ]);
      await tabTo(page, page.getByRole('button', { name: 'Kontrollera budgeten' }));
      await page.keyboard.press('Enter');
      const verdict = page.getByRole('group', { name: 'Budgeten balanserar' });
      await verdict.waitFor();
      await expect(focusedIs(verdict)).resolves.toBe(true);
      const t = await tables(page);
      expect(fits(t)).toEqual([]);
      (figures.november as Record<string, unknown>).tables = t;
      await page.screenshot({ path: join(SHOTS, '14-walk-november.png'), fullPage: true });
      expect({ state: '14-walk-november', violations: await axeViolations(page) }).toEqual({
        state: '14-walk-november',
        violations: [],
      });
      expect(problems).toEqual([]);
      await page.close();
    });

    it('Kopiera budgettext puts a real table on the clipboard; the fees 2010–2026 open as a chart with its table', async () => {
      const { page, problems } = await openPane(false, undefined, { ...SCREEN, now: NOVEMBER });
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
      await page.getByRole('button', { name: 'Hämta folkmängd' }).click();
      await page.getByText(SOURCE).waitFor();
      const step = page.getByRole('region', { name: '4. Budgettext' });
      await step.getByRole('button', { name: 'Kopiera budgettext' }).click();
      await step.getByText(/^Budgettexten är kopierad/).waitFor();
      // What Chromium's own clipboard holds: both kinds, the HTML with one table.
      const clip = await page.evaluate(async () => {
        const [item] = await navigator.clipboard.read();
        return {
          types: [...item!.types].sort(),
          html: await (await item!.getType('text/html')).text(),
          text: await (await item!.getType('text/plain')).text(),
        };
      });
      expect(clip.types).toEqual(['text/html', 'text/plain']);
      expect(clip.html.match(/<table>/g)).toHaveLength(1);
      expect(clip.html).toContain('Avgifter från kommunerna');
      expect(clip.text.split('\n\n').slice(0, 1)).toEqual(['Budget 2027 (prognos)']);

      // The invoice page for 2026: its history, opened by keyboard, a chart named by its figures.
      await page.getByRole('tab', { name: 'Årets avgifter och fakturor' }).click();
      await page.getByRole('button', { name: 'Hämta folkmängd' }).click();
      await page.getByText(SOURCE).waitFor();
      const summary = page.getByText('Avgifterna 2010–2026');
      await summary.focus();
      await page.keyboard.press('Enter');
      const chart = page.getByRole('img', {
        name: /^Avgifterna 2010–2026: från 860\s000\skr 2010 till 2\s102\s500\skr 2026/,
      });
      await chart.waitFor();
      await page.getByText('Visa talen').click();
      expect(fits(await tables(page))).toEqual([]);
      await page.screenshot({ path: join(SHOTS, '17-budget-text-history.png'), fullPage: true });
      expect({ state: '17-budget-text-history', violations: await axeViolations(page) }).toEqual({
        state: '17-budget-text-history',
        violations: [],
      });
      expect(problems).toEqual([]);
      await page.close();
    });

    it('March: the invoice page for 2026, a scenario, then Kontrollera finds a changed cell — every table fits at 320 px and at 200 % zoom', async () => {
      const { page, problems } = await openPane(true, { sheets: [{ name: 'Blad1' }] }, { ...SCREEN, now: MARCH });
      await expect(
        page.getByRole('tab', { name: 'Årets avgifter och fakturor' }).getAttribute('aria-selected'),
      ).resolves.toBe('true');
      const heights = await pageHeights(page);
      figures.march = { heights };
      for (const [name, h] of Object.entries(heights))
        expect({ name, twoScreens: h <= 2 * SCREEN.height }).toEqual({ name, twoScreens: true });

      await tabTo(page, page.getByRole('button', { name: 'Hämta folkmängd' }));
      await page.keyboard.press('Enter');
      await page.getByText(SOURCE).waitFor();
      await expect(page.locator('[data-fees-kind]').getAttribute('data-fees-kind')).resolves.toBe('decided');
      await tabTo(page, page.getByRole('button', { name: 'Skriv till arbetsboken' }));
      await page.keyboard.press('Enter');
      await page.getByText('13 blad skrivna:').waitFor();
      const fees = await tables(page);
      expect(fits(fees)).toEqual([]);

      // A scenario, typed: decided, scenario and the difference per member, all of it in the pane.
      const rate = page.getByLabel('Avgift per invånare (kr)');
      await rate.focus();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('4,50');
      await page.getByRole('table', { name: 'Scenario 2026 4,50 kr' }).waitFor();
      const scenario = await tables(page);
      expect(fits(scenario)).toEqual([]);
      const botkyrka = await page
        .getByRole('table', { name: 'Scenario 2026 4,50 kr' })
        .getByRole('row', { name: /Botkyrka/ })
        .textContent();
      expect(botkyrka).toContain(nb('48 375 kr')); // the Skillnad column is there, not cut
      await rate.focus();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('4');

      // Someone changes Botkyrka's population on the written sheet; Kontrollera, by keyboard.
      await page.evaluate(() => {
        const model = window.__excelModel!;
        const row = [...Array(20).keys()]
          .map((r) => r + 1)
          .find((r) => model.cell('Avgift 2026', `B${r}`)?.value === 'Botkyrka')!;
        model.cell('Avgift 2026', `C${row}`)!.value = 1;
      });
      await page.locator('[role=tab][aria-selected=true]').focus();
      await page.keyboard.press('ArrowRight');
      await page.getByRole('tabpanel', { name: 'Fastställ och kontrollera' }).waitFor();
      await tabTo(page, page.getByRole('button', { name: 'Kontrollera arbetsboken' }));
      await page.keyboard.press('Enter');
      const found = page.getByRole('alert').filter({ hasText: /Avgift 2026: \d+ skillnad/ });
      await found.waitFor();
      await expect(focusedIs(found)).resolves.toBe(true);
      const at320 = await tables(page);
      expect(fits(at320)).toEqual([]);
      // What differs is read first, beside its cell, without scrolling sideways.
      const first = page.getByRole('table', { name: 'Skillnader' }).getByRole('row').nth(1);
      await expect(first.textContent()).resolves.toMatch(
        /^[^!]+![A-Z]+\d+Botkyrka: Befolkning säger 96\s750 men Avgift 2026 räknar med 1\./,
      );
      await page.screenshot({ path: join(SHOTS, '15-walk-march-320.png'), fullPage: true });
      expect({ state: '15-walk-march-320', violations: await axeViolations(page) }).toEqual({
        state: '15-walk-march-320',
        violations: [],
      });
      await page.setViewportSize({ width: 160, height: 400 });
      await settled(page);
      const at160 = await tables(page);
      expect(fits(at160)).toEqual([]);
      expect(await scrollsSideways(page)).toBe(false);
      await page.screenshot({ path: join(SHOTS, '16-walk-march-200.png'), fullPage: true });
      figures.march = { heights, fees, scenario, verify320: at320, verify160: at160 };
      expect(problems).toEqual([]);
      await page.close();
    });
  });
});

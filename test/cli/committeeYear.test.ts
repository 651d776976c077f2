import ExcelJS from 'exceljs';
import { sharedPopulation } from '../support/sharedData';
import { runCli } from './run';

/*
 * The committee's year on the command line, on the bundled snapshot, with "today" 2026-11-23 (the
 * real date of this work). Expected amounts are computed here from the shared CSV, not by src/.
 */
const shared = sharedPopulation();
const popOf = (year: number) => shared.filter((f) => f.year === year);
const json = async (argv: string[], files: Record<string, Uint8Array> = {}) => {
  const r = await runCli(argv, files);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};
const sheetNames = async (data: Uint8Array | string | undefined) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(data as Uint8Array) as unknown as ArrayBuffer);
  return wb.worksheets.map((w) => w.name);
};

describe('the rule follows the fee year', () => {
  it('allocate, history and budget-check agree on every year 2010–2026', async () => {
    const history = await json(['history', '--from', '2010', '--to', '2026', '--json']);
    for (let year = 2010; year <= 2026; year++) {
      const allocation = await json(['allocate', '--year', String(year), '--json']);
      const row = history.years.find((y: { feeYear: number }) => y.feeYear === year);
      expect([year, allocation.total, allocation.rule.kind, allocation.scenario]).toEqual([
        year,
        row.total,
        row.rule.kind,
        false,
      ]);
      expect(allocation.rule.kind).toBe(year <= 2016 ? 'indexed' : 'per-capita');
      // The budget template of the year is checked against the same fees and passes.
      const template = await runCli(['budget-template', '--year', String(year), '--out', 'b.xlsx']);
      expect(template.code).toBe(0);
      const check = await runCli(['budget-check', 'b.xlsx', '--year', String(year), '--json'], {
        'b.xlsx': template.written.get('b.xlsx') as Uint8Array,
      });
      expect([year, check.code]).toEqual([year, 0]);
      // budget-check compares with the very fees allocate and history give, not its own sum.
      const verdict = JSON.parse(check.stdout);
      expect([year, verdict.expectedFeeRevenue, verdict.comparedWith.kind]).toEqual([year, row.total, 'decided']);
    }
  });

  it('2012 is §8 (885 744 kr, the history figure), 2026 is 4 kr × 525 625', async () => {
    expect((await json(['allocate', '--year', '2012', '--json'])).total).toBe(885_744);
    const p2025 = popOf(2025).reduce((s, f) => s + f.population, 0);
    expect((await json(['allocate', '--year', '2026', '--json'])).total).toBe(4 * p2025);
  });
});

describe('prognos for a year SCB has not published', () => {
  it('without --forecast: when SCB publishes and where to go, exit 2', async () => {
    const r = await runCli(['allocate', '--year', '2027']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('publiceras av SCB i slutet av februari 2027');
    expect(r.stderr).toContain('--forecast');
  });

  it('with --forecast: the latest year-end, said on the object and on every member', async () => {
    const out = await json(['allocate', '--year', '2027', '--forecast', '--json']);
    expect(out).toMatchObject({
      feeYear: 2027,
      forecast: true,
      scenario: false,
      populationDate: '2025-12-31',
      forecastBasis: 'year-end',
      total: 2_102_500,
    });
    expect(out.label).toMatch(/^Prognos 2027 – folkmängd 31 december 2025/);
    expect(out.dueDate).toBeUndefined();
    for (const m of out.members) expect(m).toMatchObject({ forecast: true, populationDate: '2025-12-31' });
    const text = await runCli(['allocate', '--year', '2027', '--forecast']);
    const lines = text.stdout.split('\n').filter((l) => /^\d{4} |Summa/.test(l.trim()));
    expect(lines).toHaveLength(9);
    for (const line of lines) expect(line).toContain('prognos 31 dec 2025');
  });

  it('writes a Prognos sheet and never invoices; --csv refused', async () => {
    const r = await runCli(['allocate', '--year', '2027', '--forecast', '--out', 'p.xlsx']);
    expect(r.code).toBe(0);
    // As the pane writes a forecast: Befolkning and Historik up to the last published year, never invoices.
    expect(await sheetNames(r.written.get('p.xlsx'))).toEqual(['Prognos 2027', 'Befolkning', 'Historik']);
    const csv = await runCli(['allocate', '--year', '2027', '--forecast', '--csv', 'f.csv']);
    expect([csv.code, csv.written.size]).toEqual([2, 0]);
    expect(csv.stderr).toContain('en prognos faktureras aldrig');
    const template = await runCli(['budget-template', '--year', '2027', '--forecast', '--out', 'b.xlsx']);
    expect(template.stdout).toContain('Prognos 2027 – folkmängd 31 december 2025');
  });

  it('budget-check 2027: says when SCB publishes; with --forecast balanced against the prognos', async () => {
    const template = await runCli(['budget-template', '--year', '2027', '--forecast', '--out', 'B.xlsx']);
    expect(template.code).toBe(0);
    const files = { 'B.xlsx': template.written.get('B.xlsx') as Uint8Array };
    // Without --forecast: the balance is still checked, the fees are not, and it says why and where to go.
    const plain = await runCli(['budget-check', 'B.xlsx', '--year', '2027', '--json'], files);
    const unpublished = JSON.parse(plain.stdout);
    expect(unpublished).toMatchObject({ balanced: true, comparedWith: null });
    expect(unpublished.forecast).toBeUndefined();
    const why = unpublished.findings.find((f: { code: string }) => f.code === 'expected-unavailable').message;
    expect(why).toContain('publiceras av SCB i slutet av februari 2027');
    expect(why).toContain('--forecast');
    expect(why).not.toContain('saknas');
    // With --forecast: the prognos 2027 on the latest year-end, in the verdict and the JSON.
    const forecast = await runCli(['budget-check', 'B.xlsx', '--year', '2027', '--forecast'], files);
    expect([forecast.code, forecast.stderr]).toEqual([0, '']);
    expect(forecast.stdout).toMatch(
      /jämförd med prognosen för avgifterna för 2027 \(2\s102\s500\skr, folkmängd 31 december 2025, en prognos/,
    );
    expect(forecast.stdout).toContain('Prognos 2027 – folkmängd 31 december 2025');
    expect(forecast.stdout).not.toMatch(/VARNING|FEL/);
    const asJson = await json(['budget-check', 'B.xlsx', '--year', '2027', '--forecast', '--json'], files);
    expect(asJson).toMatchObject({
      feeYear: 2027,
      forecast: true,
      populationDate: '2025-12-31',
      passed: true,
      comparedWith: { kind: 'forecast', expected: 2_102_500, populationDate: '2025-12-31' },
    });
    // The 2027 budget checked as fee year 2026: compared with the decided 2026 fees, and the budget's
    // own year (its title "Budget 2027") against the fee year is a Fel.
    const other = await runCli(['budget-check', 'B.xlsx', '--year', '2026', '--json'], files);
    expect(other.code).toBe(3);
    const decided = JSON.parse(other.stdout);
    expect(decided.findings.find((f: { code: string }) => f.code === 'budget-year-differs')).toMatchObject({
      severity: 'error',
      cell: 'A1',
      message: expect.stringMatching(
        /^Budgeten gäller 2027 \(A1 ”Budget 2027.*men den kontrolleras för avgiftsår 2026\. Välj avgiftsår 2027/,
      ),
    });
    expect(decided.forecast).toBeUndefined();
    expect(decided.comparedWith).toEqual({
      kind: 'decided',
      expected: (await json(['allocate', '--year', '2026', '--json'])).total,
      populationDate: '2025-12-31',
    });
    expect(decided.verdict).toContain('de beslutade avgifterna för 2026');
    // --forecast for a published year is refused, as for allocate.
    const refused = await runCli(['budget-check', 'B.xlsx', '--year', '2026', '--forecast'], files);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('räkna avgiften 2026 utan --forecast');
  });

  it('refuses --forecast for a published year', async () => {
    const r = await runCli(['allocate', '--year', '2026', '--forecast']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('räkna avgiften 2026 utan --forecast');
  });

  it('in March 2027 the year is published: asking the snapshot names what is missing', async () => {
    const r = await runCli(['allocate', '--year', '2027'], {}, new Date('2027-03-01T08:00:00Z'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Folkmängd saknas för Botkyrka (0127) 31 december 2026');
  });
});

describe('a scenario is named as one and never invoiced', () => {
  it('4,50 kr in 2026: decided, scenario and difference per member', async () => {
    const out = await json(['allocate', '--year', '2026', '--rate', '4,50', '--json']);
    expect(out).toMatchObject({
      scenario: true,
      forecast: false,
      scenarioName: 'Scenario 2026 4,50 kr',
      decidedTotal: 2_102_500,
    });
    for (const m of out.members) {
      const p = popOf(2025).find((f) => f.code === m.code)!.population;
      expect([m.decidedFee, m.fee, m.difference]).toEqual([4 * p, 4.5 * p, 0.5 * p]);
    }
    const r = await runCli(['allocate', '--year', '2026', '--rate', '4,50', '--out', 's.xlsx']);
    expect(await sheetNames(r.written.get('s.xlsx'))).toEqual(['Scenario 2026 4,50 kr', 'Befolkning']);
  });

  it('a rule other than the year’s is a scenario; 4 kr explicitly in 2026 is not', async () => {
    const out = await json(['allocate', '--year', '2012', '--rule', 'per-capita', '--json']);
    expect(out).toMatchObject({ scenario: true, scenarioName: 'Scenario 2012 4 kr', decidedTotal: 885_744 });
    expect((await json(['allocate', '--year', '2026', '--rate', '4', '--json'])).scenario).toBe(false);
  });

  it('--csv with a scenario is refused with a clear line', async () => {
    const r = await runCli(['allocate', '--year', '2026', '--rate', '4,50', '--csv', 'f.csv']);
    expect([r.code, r.written.size]).toEqual([2, 0]);
    expect(r.stderr).toBe(
      '--csv skriver fakturaunderlag och ett scenario (Scenario 2026 4,50 kr) är ingen beslutad avgift. Ta bort --csv, eller räkna med årets beslutade regel.\n',
    );
  });
});

describe('one amount parser', () => {
  it('refuses an ambiguous 860.000 with both readings, never 860 kr', async () => {
    const r = await runCli([
      'allocate',
      '--year',
      '2010',
      '--rule',
      'split',
      '--amount',
      '860.000',
      '--population-year',
      '2009',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('860\u00a0000\u00a0kr eller som 860\u00a0kr');
    expect(
      (
        await json([
          'allocate',
          '--year',
          '2010',
          '--rule',
          'split',
          '--amount',
          '860 000 kr',
          '--population-year',
          '2009',
          '--json',
        ])
      ).total,
    ).toBe(860_000);
  });
});

import ExcelJS from 'exceljs';
import { getPopulation } from '../../src/data';
import { latestYearEndEstimate, SODERTORN_MEMBERS } from '../../src/domain';
import { DEFAULT_SHEETS } from '../../src/jobs/plan';
import { computeFees, ruleFormForYear } from '../../src/taskpane/model';
import { createServices } from '../../src/taskpane/services';
import { runWrite } from '../../src/taskpane/writeTask';
import { runCli } from '../cli/run';
import { createRealExcel, RealExcel } from '../excel/realExcel';

/*
 * One job, one place: the command line (`avgift allocate --out`, an .xlsx by ExcelJS) and the pane
 * (the open workbook, Microsoft's Excel library on the model) write the same fee year from the same
 * job, so their sheets and every cell's formula or value are the same. Only where each shell
 * necessarily differs is left aside: the Logg's time column is the time of each write.
 */
const NOW = new Date('2026-03-02T09:00:00.000Z');

type Cells = Map<string, string>;

/** A cell as a spreadsheet holds it: "=formula" or its value as text; a date is Excel's serial day, as Excel holds it. */
const shown = (formula: string | undefined, value: unknown): string =>
  formula
    ? `=${formula.replace(/^=/, '')}`
    : value instanceof Date
      ? String((value.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000)
      : String(value);

async function cliSheets(args: string[], now = NOW): Promise<Map<string, Cells>> {
  const r = await runCli([...args, '--out', 'a.xlsx'], {}, now);
  expect(r.code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(r.written.get('a.xlsx') as Uint8Array) as unknown as ExcelJS.Buffer);
  const sheets = new Map<string, Cells>();
  wb.eachSheet((ws) => {
    const cells: Cells = new Map();
    ws.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        const v = cell.value as {
          formula?: string;
          sharedFormula?: string;
          result?: unknown;
          richText?: { text: string }[];
        } | null;
        if (v === null || (v as unknown) === '') return;
        const formula =
          typeof v === 'object' && v && !(v instanceof Date)
            ? (v.formula ?? (v.sharedFormula ? cell.formula : undefined))
            : undefined;
        const value = typeof v === 'object' && v && 'richText' in v ? v.richText!.map((t) => t.text).join('') : v;
        cells.set(`${r}:${c}`, shown(formula, value));
      }),
    );
    sheets.set(ws.name, cells);
  });
  return sheets;
}

async function paneSheets(
  feeYear: number,
  now = NOW,
  forecast = false,
): Promise<{ sheets: Map<string, Cells>; fake: RealExcel }> {
  const fake = createRealExcel();
  const services = createServices({ excel: fake.Excel, now: () => now });
  const found = await getPopulation(
    { kind: 'snapshot' },
    { members: SODERTORN_MEMBERS, years: [] },
    { now: () => now },
  );
  if (!found.ok) throw new Error(found.error.message.en);
  // A forecast stands on the latest year-end the snapshot has, as the pane's usePopulation makes it.
  const estimate = forecast ? latestYearEndEstimate(found.value, SODERTORN_MEMBERS, feeYear - 1) : undefined;
  if (estimate && !estimate.ok) throw new Error(estimate.error.message.en);
  const population = {
    ...found.value,
    members: SODERTORN_MEMBERS,
    feeYear,
    ...(estimate?.ok ? { estimate: estimate.value } : {}),
  };
  const fees = computeFees(feeYear, ruleFormForYear(feeYear), population);
  if (!fees.ok) throw new Error(fees.error.message.en);
  const written = await runWrite({
    services,
    fees: fees.value,
    population,
    sheets: DEFAULT_SHEETS,
    question: { replaceOrVersion: async () => 'replace' },
    setProgress: () => undefined,
    setRevision: () => undefined,
  });
  expect(written?.ok).toBe(true);
  const sheets = new Map<string, Cells>();
  for (const s of fake.state.sheets) {
    const cells: Cells = new Map();
    for (const [key, cell] of s.cells) {
      const [r, c] = key.split(':').map(Number);
      if (!cell.formula && (cell.value === null || cell.value === '')) continue;
      cells.set(`${r! + 1}:${c! + 1}`, shown(cell.formula, cell.value));
    }
    sheets.set(s.name, cells);
  }
  return { sheets, fake };
}

/** The cells of two sheets that differ, "B7: pane … / cli …", the time of the write aside. */
function differences(pane: Cells, cli: Cells, aside: (key: string, value: string) => boolean = () => false): string[] {
  const keys = new Set([...pane.keys(), ...cli.keys()]);
  return [...keys]
    .filter((k) => pane.get(k) !== cli.get(k) && !aside(k, pane.get(k) ?? cli.get(k) ?? ''))
    .map((k) => `${k}: pane ${pane.get(k)} / cli ${cli.get(k)}`);
}

describe('the pane and the command line write the same job', () => {
  it('decided fees 2026: the same sheets, and every cell the same formula or value', async () => {
    const cli = await cliSheets(['allocate', '--year', '2026']);
    const { sheets: pane } = await paneSheets(2026);
    // The pane writes into a workbook that already has the officer's Blad1.
    expect([...pane.keys()].filter((n) => n !== 'Blad1')).toEqual([...cli.keys()]);
    expect(cli.size).toBe(14);
    for (const [name, cells] of cli) {
      expect(cells.size).toBeGreaterThan(0);
      expect({ name, differences: differences(pane.get(name)!, cells) }).toEqual({ name, differences: [] });
    }
  });

  it('a forecast for 2027 in November: the same sheets and cells, no invoices in either', async () => {
    const november = new Date(2026, 10, 23, 9);
    const cli = await cliSheets(['allocate', '--year', '2027', '--forecast'], november);
    const { sheets: pane } = await paneSheets(2027, november, true);
    expect([...cli.keys()]).toEqual(['Prognos 2027', 'Befolkning', 'Historik']);
    expect([...pane.keys()].filter((n) => n !== 'Blad1')).toEqual([...cli.keys()]);
    for (const [name, cells] of cli)
      expect({ name, differences: differences(pane.get(name)!, cells) }).toEqual({ name, differences: [] });
  });
});

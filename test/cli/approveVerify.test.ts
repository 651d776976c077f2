import ExcelJS from 'exceljs';
import { feeTableChecksum, feeTableOf, allocate, perCapitaRule, SODERTORN_MEMBERS } from '../../src/domain';
import { snapshotPopulation } from '../../src/data/snapshot';
import { runCli } from './run';

const open = async (bytes: Uint8Array | string | undefined) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes as Uint8Array) as unknown as ArrayBuffer);
  return wb;
};
const save = async (wb: ExcelJS.Workbook) => new Uint8Array(await wb.xlsx.writeBuffer());

async function written2026() {
  const r = await runCli(['allocate', '--year', '2026', '--out', 'a.xlsx', '--by', 'Eva Ek']);
  expect(r.code).toBe(0);
  return r.written.get('a.xlsx') as Uint8Array;
}

async function approved2026() {
  const r = await runCli(
    [
      'approve',
      'a.xlsx',
      '--year',
      '2026',
      '--by',
      'Eva Ek',
      '--reference',
      'Samarbetskommittén 2026-01-22 § 5',
      '--out',
      'f.xlsx',
    ],
    { 'a.xlsx': await written2026() },
    new Date('2026-01-23T09:30:00Z'),
  );
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.written.get('f.xlsx') as Uint8Array;
}

const verify = async (bytes: Uint8Array, extra: string[] = []) => {
  const r = await runCli(['verify', 'f.xlsx', '--json', ...extra], { 'f.xlsx': bytes });
  return { code: r.code, out: r.stdout ? JSON.parse(r.stdout) : undefined, stderr: r.stderr };
};

describe('Logg on every write', () => {
  it('allocate --out logs a Skrivet row with the rule, source, total and the fee table’s SHA-256', async () => {
    const wb = await open(await written2026());
    const log = wb.getWorksheet('Logg')!;
    const row = log.getRow(5).values as unknown[];
    const a = allocate({
      feeYear: 2026,
      rule: perCapitaRule(),
      members: SODERTORN_MEMBERS,
      population: snapshotPopulation(),
    });
    if (!a.ok) throw new Error();
    expect(row.slice(1)).toEqual([
      '2026-11-23T08:00:00.000Z',
      'Skrivet',
      2026,
      'Per invånare',
      'per-capita;rate=4.00',
      snapshotPopulation().source.label,
      'TAB638, TAB5557',
      '2026-11-23 (ögonblicksbild)',
      2_102_500,
      feeTableChecksum(feeTableOf(a.value)),
      'Eva Ek',
      '',
    ]);
  });
});

describe('approve → verify on files written by the CLI', () => {
  it('verify says 0 on a fresh write and after approval; the approval protects the year’s sheets and logs Fastställt', async () => {
    expect((await verify(await written2026())).code).toBe(0);
    const bytes = await approved2026();
    const v = await verify(bytes);
    expect(v.code).toBe(0);
    expect(v.out).toMatchObject({
      feeYear: 2026,
      consistent: true,
      total: 2_102_500,
      logged: { action: 'Fastställt', name: 'Eva Ek', reference: 'Samarbetskommittén 2026-01-22 § 5' },
      differences: [],
    });
    const wb = await open(bytes);
    const isProtected = (name: string) =>
      Boolean(
        (wb.getWorksheet(name) as unknown as { sheetProtection?: { sheet?: boolean; hashValue?: string } })
          .sheetProtection?.sheet,
      );
    expect(['Avgift 2026', 'Fakturaunderlag 2026', 'Botkyrka 2026', 'Tyresö 2026'].map(isProtected)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['Befolkning', 'Historik', 'Logg'].map(isProtected)).toEqual([false, false, false]);
    expect(
      (wb.getWorksheet('Avgift 2026') as unknown as { sheetProtection: { hashValue?: string } }).sheetProtection
        .hashValue,
    ).toBeUndefined();
    const log = wb.getWorksheet('Logg')!;
    expect([log.getCell('B5').value, log.getCell('B6').value, log.getCell('J6').value]).toEqual([
      'Skrivet',
      'Fastställt',
      log.getCell('J5').value,
    ]);
  });

  it('a changed fee cell gives 3, naming sheet, cell, expected and found', async () => {
    const wb = await open(await approved2026());
    wb.getWorksheet('Avgift 2026')!.getCell('E10').value = 400_000;
    const v = await verify(await save(wb));
    expect(v.code).toBe(3);
    expect(v.out.differences).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ sheet: 'Avgift 2026', cell: 'E10', expected: '=C10*Sats_2026', found: '400000' }),
        expect.objectContaining({
          sheet: 'Avgift 2026',
          cell: 'E10',
          expected: '387\u00a0000\u00a0kr',
          found: '400\u00a0000\u00a0kr',
        }),
        expect.objectContaining({ sheet: 'Logg', cell: 'J6' }),
      ]),
    );
  });

  it('a changed population figure gives 3 (on the allocation sheet, or on Befolkning)', async () => {
    const onAllocation = await open(await approved2026());
    onAllocation.getWorksheet('Avgift 2026')!.getCell('C11').value = 101_500;
    const a = await verify(await save(onAllocation));
    expect(a.code).toBe(3);
    expect(a.out.differences.map((d: { sheet: string; cell: string }) => `${d.sheet}!${d.cell}`)).toEqual(
      expect.arrayContaining(['Befolkning!T7', 'Logg!J6']),
    );

    const onBefolkning = await open(await approved2026());
    onBefolkning.getWorksheet('Befolkning')!.getCell('T6').value = 96_751;
    const b = await verify(await save(onBefolkning));
    expect(b.code).toBe(3);
    expect(b.out.differences).toEqual([
      expect.objectContaining({ sheet: 'Befolkning', cell: 'T6', expected: '96\u00a0750', found: '96\u00a0751' }),
    ]);
  });

  it('a changed rate cell gives 3', async () => {
    const wb = await open(await approved2026());
    wb.getWorksheet('Avgift 2026')!.getCell('B6').value = 4.5;
    const v = await verify(await save(wb));
    expect(v.code).toBe(3);
    expect(v.out.differences[0]).toMatchObject({
      sheet: 'Avgift 2026',
      cell: 'B6',
      expected: '4\u00a0kr',
      found: '4,50\u00a0kr',
    });
  });

  it('--population compares with another source: an SCB revision is each member’s change with its fee effect', async () => {
    const csv = [
      'kommunkod,kommun,ar,folkmangd_31dec,kalla_tabell',
      ...snapshotPopulation()
        .figures.filter((f) => f.year === 2025)
        .map((f) => `${f.code},x,${f.year},${f.code === '0127' ? f.population + 10 : f.population},TAB5557`),
    ].join('\n');
    const r = await runCli(['verify', 'f.xlsx', '--json', '--population', 'rev.csv'], {
      'f.xlsx': await approved2026(),
      'rev.csv': csv,
    });
    expect(r.code).toBe(3);
    const out = JSON.parse(r.stdout);
    expect(out.differences).toEqual([
      expect.objectContaining({ sheet: 'Avgift 2026', cell: 'C10', expected: '96\u00a0760', found: '96\u00a0750' }),
    ]);
    expect(out.revision[0]).toEqual({
      code: '0127',
      name: 'Botkyrka',
      year: 2025,
      old: 96_750,
      new: 96_760,
      change: 10,
      feeEffect: 40,
    });
  });

  it('a file that is not a workbook gives 2; approve without --out or --force is refused', async () => {
    expect((await runCli(['verify', 'x.xlsx'], { 'x.xlsx': 'not a zip' })).code).toBe(2);
    expect((await runCli(['approve', 'a.xlsx', '--by', 'Eva'], { 'a.xlsx': await written2026() })).code).toBe(2);
  });

  it('approve refuses a workbook that does not agree with its own figures (exit 3, nothing written)', async () => {
    const wb = await open(await written2026());
    wb.getWorksheet('Avgift 2026')!.getCell('E12').value = 1;
    const r = await runCli(['approve', 'a.xlsx', '--by', 'Eva', '--out', 'f.xlsx'], { 'a.xlsx': await save(wb) });
    expect(r.code).toBe(3);
    expect(r.written.size).toBe(0);
    expect(r.stderr).toMatch(/Fastställs inte/);
  });

  it('--force approves the workbook in place; a workbook written before the Logg gets one', async () => {
    const wb = await open(await written2026());
    wb.removeWorksheet(wb.getWorksheet('Logg')!.id);
    const r = await runCli(['approve', 'a.xlsx', '--by', 'Eva Ek', '--force'], { 'a.xlsx': await save(wb) });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const approved = await open(r.written.get('a.xlsx') as Uint8Array);
    expect([
      approved.getWorksheet('Logg')!.getCell('A4').value,
      approved.getWorksheet('Logg')!.getCell('B5').value,
    ]).toEqual(['Tid', 'Fastställt']);
    expect((await verify(r.written.get('a.xlsx') as Uint8Array)).code).toBe(0);
  });
});

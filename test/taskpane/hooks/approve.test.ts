/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { waitFor } from '@testing-library/react';
import { snapshotPopulation } from '../../../src/data/snapshot';
import { valueOf } from '../../../src/taskpane/task';
import { createRealExcel } from '../../excel/realExcel';
import { paneHooks } from './pane';

/*
 * The pane's Logg, Fastställ and Kontrollera arbetsboken in Excel (Microsoft's real Excel library
 * answered by the project's model), step by step through the pane's hooks.
 */
// After SCB has published 31 December 2025 (end of February): the decided fees, not a forecast.
const NOW = () => new Date('2026-03-02T09:30:00Z');

async function writtenInExcel() {
  const excel = createRealExcel();
  const p = paneHooks({ now: NOW, excel: excel.Excel });
  await p.written('snapshot');
  expect(valueOf(p.pane().write.task)).toMatchObject({ kind: 'written' });
  return { ...p, excel };
}

/** SCB's figures revised (Botkyrka +10 on 31 December 2025), fetched in step 1 from a file saved from SCB. */
async function fetchRevisedFigures(p: ReturnType<typeof paneHooks>) {
  const csv = [
    'kommunkod,kommun,ar,folkmangd_31dec,kalla_tabell',
    ...snapshotPopulation()
      .figures.filter((f) => f.year >= 2024)
      .map(
        (f) =>
          `${f.code},x,${f.year},${f.code === '0127' && f.year === 2025 ? f.population + 10 : f.population},TAB5557`,
      ),
  ].join('\n');
  await p.run((pane) => pane.population.chooseFile(new File([csv], 'scb-reviderad.csv', { type: 'text/csv' })));
  await waitFor(() => expect(p.pane().population.file?.name).toBe('scb-reviderad.csv'));
  await p.fetchFrom('file');
  expect(valueOf(p.pane().population.task)?.source.label).toMatch(/scb-reviderad\.csv/);
}

describe('every write logged, Fastställ, Kontrollera arbetsboken', () => {
  it('a write logs Skrivet; Fastställ protects and logs; the check then says it is consistent', async () => {
    const p = await writtenInExcel();
    expect(p.excel.values('Logg', 'B5:C5')).toEqual([['Skrivet', 2026]]);

    await p.run((pane) => pane.approve.approve());
    expect(p.pane().approve.nameMissing).toBe(true);
    expect(p.pane().approve.task.state).toBe('idle');
    await p.run((pane) => pane.approve.setReference('Samarbetskommittén 2026-01-22 § 5'));
    await p.run((pane) => pane.approve.setName('Eva Ek'));
    await p.run((pane) => pane.approve.approve());
    expect(valueOf(p.pane().approve.task)).toMatchObject({
      approved: true,
      protectedSheets: expect.arrayContaining(['Avgift 2026', 'Fakturaunderlag 2026']),
    });
    expect(p.excel.sheet('Avgift 2026')!.protected).toBe(true);
    expect(p.excel.values('Logg', 'B6:B6')).toEqual([['Fastställt']]);
    expect(p.excel.values('Logg', 'K6:L6')).toEqual([['Eva Ek', 'Samarbetskommittén 2026-01-22 § 5']]);

    await p.run((pane) => pane.check.verify());
    expect(valueOf(p.pane().check.task)).toMatchObject({ sheet: 'Avgift 2026', differences: [] });
  });

  it('a changed fee cell is shown as a difference with its cell, and Fastställ refuses it', async () => {
    const p = await writtenInExcel();
    await p.excel.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Avgift 2026').getRange('E10').values = [[400_000]];
      await context.sync();
    });
    await p.run((pane) => pane.check.verify());
    const differences = valueOf(p.pane().check.task)!.differences;
    expect(differences.some((d) => d.sheet === 'Avgift 2026' && d.cell === 'E10')).toBe(true);

    await p.run((pane) => pane.approve.setName('Eva Ek'));
    await p.run((pane) => pane.approve.approve());
    expect(valueOf(p.pane().approve.task)).toMatchObject({
      approved: false,
      faults: expect.arrayContaining([expect.objectContaining({ cell: 'E10' })]),
    });
    expect(p.excel.sheet('Avgift 2026')!.protected).toBe(false);
  });
});

describe('an SCB revision after the sheets were written', () => {
  it("a write that meets the fee year's sheets shows per member the old and new figure, the change and the fee effect before anything is written", async () => {
    const p = await writtenInExcel();
    // The same figures again: the question, and nothing to show.
    let write = p.start((pane) => pane.write.write());
    await p.answer((pane) => pane.write.question, 'cancel');
    await write();
    expect(p.pane().write.revision).toBeUndefined();

    await fetchRevisedFigures(p);
    write = p.start((pane) => pane.write.write());
    await p.answer((pane) => pane.write.question, 'cancel');
    await write();
    const changed = p.pane().write.revision!.rows.filter((r) => r.change !== 0);
    expect(changed.map((r) => [r.member.name, r.oldPopulation, r.newPopulation, r.change, r.feeEffectOre])).toEqual([
      ['Botkyrka', 96_750, 96_760, 10, 4_000],
    ]);
    expect(p.excel.values('Avgift 2026', 'C10:C10')).toEqual([[96_750]]); // nothing written
  });
});

describe('the change against last year', () => {
  it('Avgift 2026 has Avgift 2025, Folkmängdens effekt and Regelns effekt per member', async () => {
    const { excel } = await writtenInExcel();
    expect(excel.values('Avgift 2026', 'G9:I10')).toEqual([
      ['Avgift 2025', 'Folkmängdens effekt', 'Regelns effekt'],
      [383_620, 3_380, 0],
    ]);
  });
});

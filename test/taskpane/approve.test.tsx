/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import { createServices } from '../../src/taskpane/services';
import { createRealExcel } from '../excel/realExcel';
import { openTask } from './appPage';

/*
 * Fastställ and its lock as the officer clicks them in Excel (Microsoft's real Excel library answered
 * by the project's model), and the preview's change against last year in both languages. The steps'
 * cases (the Logg, a changed cell, an SCB revision) run through the pane's hooks (hooks/approve.test.ts).
 */
// After SCB has published 31 December 2025 (end of February): the decided fees, not a forecast.
const NOW = () => new Date('2026-03-02T09:30:00Z');

async function writtenInExcel() {
  const user = userEvent.setup();
  const excel = createRealExcel();
  render(<App services={createServices({ now: NOW, excel: excel.Excel })} displayLanguage="sv-SE" />);
  await user.click(screen.getByRole('button', { name: 'Hämta folkmängd' }));
  await screen.findByText(/Källa: SCB:s folkmängd 31 december, följer med tillägget/);
  await user.click(screen.getByRole('button', { name: 'Skriv till arbetsboken' }));
  await screen.findByText('13 blad skrivna:');
  return { user, excel };
}

/** SCB's figures revised (Botkyrka +10 on 31 December 2025), fetched in step 1 from a file saved from SCB. */
async function fetchRevisedFigures(user: ReturnType<typeof userEvent.setup>) {
  const { snapshotPopulation } = await import('../../src/data/snapshot');
  const csv = [
    'kommunkod,kommun,ar,folkmangd_31dec,kalla_tabell',
    ...snapshotPopulation()
      .figures.filter((f) => f.year >= 2024)
      .map(
        (f) =>
          `${f.code},x,${f.year},${f.code === '0127' && f.year === 2025 ? f.population + 10 : f.population},TAB5557`,
      ),
  ].join('\n');
  await user.click(screen.getByRole('radio', { name: /^Fil från SCB eller Excel/ }));
  await user.upload(
    document.querySelector('input[type=file]') as HTMLInputElement,
    new File([csv], 'scb-reviderad.csv', { type: 'text/csv' }),
  );
  await user.click(screen.getByRole('button', { name: 'Hämta folkmängd' }));
  await screen.findByText(/Källa: filen scb-reviderad\.csv/);
}

const step = (name: RegExp) => screen.getByRole('region', { name });

describe('the preview shows the change against last year', () => {
  const rowsOf = async (lang: string, caption: string) => {
    const user = userEvent.setup();
    const view = render(<App services={createServices({ now: NOW })} displayLanguage={lang} />);
    await user.click(
      await screen.findByRole('button', { name: lang === 'sv-SE' ? 'Hämta folkmängd' : 'Get population' }),
    );
    const table = await screen.findByRole('table', { name: caption });
    const rows = within(table)
      .getAllByRole('row')
      .map((r) => r.textContent);
    view.unmount();
    return rows;
  };

  it('per member in Swedish and in English, numbers as each language writes them', async () => {
    const sv = await rowsOf('sv-SE', 'Ändring mot 2025');
    expect(sv[0]).toBe('KommunAvgift 2025Folkmängdens effektRegelns effekt');
    // 383 620 + 3 380 + 0 = 387 000 kr, Botkyrka's 2026 fee.
    expect(sv.find((r) => r!.startsWith('Botkyrka'))).toBe('Botkyrka383\u00a0620\u00a0kr+3\u00a0380\u00a0kr0\u00a0kr');
    const en = await rowsOf('en-GB', 'Change against 2025');
    expect(en[0]).toBe('MunicipalityFee 2025Population effectRule effect');
    expect(en.find((r) => r!.startsWith('Botkyrka'))).toBe('BotkyrkaSEK\u00a0383,620+SEK\u00a03,380SEK\u00a00');
  });
});

describe('a fastställd year is a lock, in the pane', () => {
  it('approving again says when and by whom and changes nothing; a later write offers only a revision beside the fastställda sheets, or cancel', async () => {
    const { user, excel } = await writtenInExcel();
    await openTask(user, 'approve');
    const approve = step(/^1\. Fastställ 2026$/);
    await user.click(within(approve).getByRole('button', { name: 'Fastställ' }));
    expect(within(approve).getByText('Ange vem som fastställer.')).toBeTruthy();
    await user.type(within(approve).getByRole('textbox', { name: /Beslut/ }), 'Samarbetskommittén 2026-01-22 § 5');
    await user.type(within(approve).getByRole('textbox', { name: /Namn/ }), 'Eva Ek');
    await user.click(within(approve).getByRole('button', { name: 'Fastställ' }));
    await within(approve).findByText('2026 är fastställt');
    // The focus goes to what Fastställ gave, not to the page (issue 21).
    await waitFor(() => expect(document.activeElement?.textContent).toMatch(/^✓ 2026 är fastställt/));
    const fastställd = excel.values('Avgift 2026', 'A1:F20');

    await user.click(within(approve).getByRole('button', { name: 'Fastställ' }));
    await within(approve).findByText('2026 är redan fastställt');
    expect(
      within(approve).getByText(
        /fastställdes 2 mars 2026 av Eva Ek \(Samarbetskommittén 2026-01-22 § 5\)\. Inget ändrades\./,
      ),
    ).toBeTruthy();
    expect(excel.values('Logg', 'B5:B7')).toEqual([['Skrivet'], ['Fastställt'], ['']]);

    await openTask(user, 'invoices');
    await fetchRevisedFigures(user);
    await user.click(screen.getByRole('button', { name: 'Skriv till arbetsboken' }));
    await screen.findByText('Avgiftsåret är fastställt');
    // First, in words, the revision against the fastställda figures, per member.
    const notice = await screen.findByText(/SCB:s siffror skiljer sig från dem som bladen för 2026 använde/);
    const table = within(notice.closest('[role=status]') as HTMLElement).getByRole('table', {
      name: 'Ändrad folkmängd per kommun',
    });
    expect(
      within(table)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual(['KommunFörutNuÄndringAvgiftens ändring', `Botkyrka96\u00a075096\u00a0760+10+40\u00a0kr`]);
    expect(screen.getByText(/fastställdes 2 mars 2026 av Eva Ek.*skrivs aldrig över/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ersätt tilläggets blad' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Skriv nya versioner|Skriv en ny version/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Skriv revisionen som nytt blad' }));
    await screen.findByText('1 blad skrivet:');
    expect(excel.sheet('Avgift 2026 rev 2026-03-02')).toBeTruthy();
    expect(excel.values('Avgift 2026 rev 2026-03-02', 'A1:A1')[0]![0]).toMatch(/revision 2026-03-02, inte fastställd/);
    expect(excel.values('Avgift 2026 rev 2026-03-02', 'C10:E10')).toEqual([[96_760, expect.anything(), 387_040]]);
    expect(excel.values('Avgift 2026', 'C10:C10')).toEqual([[96_750]]);
    expect(excel.values('Avgift 2026', 'A1:F20')).toEqual(fastställd);
    expect(excel.sheet('Fakturaunderlag 2026 (2)')).toBeUndefined();
    expect(excel.model.requests.some((r) => r.error)).toBe(false);
    // The fastställda sheets still verify and are still the year's.
    await openTask(user, 'approve');
    const verify = step(/^2\. Kontrollera arbetsboken$/);
    await user.click(within(verify).getByRole('button', { name: 'Kontrollera arbetsboken' }));
    await within(verify).findByText('Avgift 2026 stämmer');
    await waitFor(() => expect(document.activeElement?.textContent).toMatch(/^✓ Avgift 2026 stämmer/));
  });
});

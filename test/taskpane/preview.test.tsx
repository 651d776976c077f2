/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getPopulation, inExcel, openTask } from './appPage';
import { tabularBudget } from '../support/seedBudget';

/*
 * What will be written, before it is written (issue 21, item 2): the preview under the boxes names
 * the very sheets the write then writes, new, the add-in's own, or beside the officer's, in Excel
 * (Microsoft's Excel library answered by the model).
 */
const preview = () => screen.getByTestId('write-preview').textContent ?? '';
/** The sheets a write said it wrote, in its list. */
const writtenNames = () =>
  within(screen.getByRole('group', { name: /blad skrivn/ }))
    .getAllByRole('listitem')
    .map((li) => li.querySelector('button')!.textContent);
/** The names in the preview's line that starts with `lead`, in order. */
const namesAfter = (lead: string) => {
  const line = [...screen.getByTestId('write-preview').children]
    .map((c) => c.textContent ?? '')
    .find((t) => t.startsWith(lead))!;
  return line
    .slice(lead.length)
    .replace(/\.$/, '')
    .split(/, | och /);
};

describe('the preview of a write', () => {
  it('names exactly the sheets the boxes write, and after the write says they are there', async () => {
    const user = userEvent.setup();
    const fake = inExcel({ sheets: [{ name: 'Blad1' }] });
    await getPopulation(user);
    await waitFor(() => expect(preview()).toContain('Nya blad:'));
    const planned = namesAfter('Nya blad: ');
    expect(planned).toHaveLength(13);
    expect(preview()).toContain('En rad om skrivningen läggs i bladet Logg.');
    await user.click(screen.getByRole('button', { name: 'Skriv till arbetsboken' }));
    await screen.findByText('13 blad skrivna:');
    expect(writtenNames()).toEqual(planned);
    expect(
      fake.state.sheets
        .map((s) => s.name)
        .filter((n) => n !== 'Blad1' && n !== 'Logg')
        .sort(),
    ).toEqual([...planned].sort());
    // Written: the same sheets are now the add-in's own, asked about before a new write.
    await waitFor(() => expect(preview()).toContain('Finns redan, skrivna av tillägget:'));
    expect(namesAfter('Finns redan, skrivna av tillägget: ').slice(0, 1)).toEqual(['Avgift 2026']);
    // One box off: the member sheets leave the preview at once.
    await user.click(screen.getByRole('checkbox', { name: 'Ett utskriftsblad per kommun' }));
    await waitFor(() => expect(preview()).not.toContain('Botkyrka 2026'));
    expect(preview()).toContain('Fakturaunderlag 2026');
  });

  it("beside the officer's own Budget sheet: says it is left as it is and ours is written as Budget (2), as the write then does", async () => {
    const user = userEvent.setup();
    const cells: Record<string, string | number> = {};
    tabularBudget().forEach((row, r) =>
      row.forEach((v, c) => v !== '' && (cells[`${'AB'[c]}${r + 1}`] = v as string | number)),
    );
    const fake = inExcel({ sheets: [{ name: 'Budget', cells }] });
    await openTask(user, 'budget');
    await getPopulation(user);
    await waitFor(() => expect(preview()).toContain('Dina egna blad lämnas orörda'));
    expect(preview()).toContain('Budget som Budget (2)');
    expect(namesAfter('Nya blad: ')).toEqual(['Prognos 2027', 'Befolkning', 'Historik']);
    expect(preview()).not.toContain('Logg'); // a forecast is not logged
    await user.click(screen.getByRole('button', { name: 'Skriv till arbetsboken' }));
    await screen.findByText('4 blad skrivna:');
    expect(writtenNames()).toEqual(['Prognos 2027', 'Befolkning', 'Historik', 'Budget (2)']);
    expect(fake.values('Budget', 'A1:B2')).toEqual([
      [cells.A1 ?? '', cells.B1 ?? ''],
      [cells.A2 ?? '', cells.B2 ?? ''],
    ]);
  });

  it('a scenario says it writes no invoices, and the preview has none', async () => {
    const user = userEvent.setup();
    inExcel({ sheets: [{ name: 'Blad1' }] });
    await getPopulation(user);
    const rate = screen.getByLabelText('Avgift per invånare (kr)');
    await user.clear(rate);
    await user.type(rate, '4,50');
    await waitFor(() => expect(preview()).toContain('Scenario 2026 4,50 kr'));
    // The boxes offered are the sheets a scenario writes: its own and the population, no history, no invoices.
    expect(namesAfter('Nya blad: ')).toEqual(['Scenario 2026 4,50 kr', 'Befolkning']);
    expect(screen.queryByRole('checkbox', { name: /Historik/ })).toBeNull();
    expect(
      screen.getByText(/Fakturaunderlag och kommunblad skrivs bara för avgifter enligt beslutad taxa/),
    ).toBeTruthy();
    expect(preview()).not.toContain('Logg');
  });
});

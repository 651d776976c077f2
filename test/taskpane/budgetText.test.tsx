/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import { createServices } from '../../src/taskpane/services';
import { createRealExcel } from '../excel/realExcel';
import { seedBudgetLines, tabularBudget } from '../support/seedBudget';
import { getPopulation, NOW, openTask } from './appPage';

/*
 * "Kopiera budgettext" on the budget page (issue 22): the section Budget of the plan from the
 * budget the officer checked, put on the clipboard as HTML with a real table and as plain text.
 */
const plain = (s: string) => s.replace(/\u00a0/g, ' ');

function pane(copy: (html: string, text: string) => Promise<void>) {
  const cells: Record<string, string | number> = {};
  tabularBudget().forEach((row, r) =>
    row.forEach((v, c) => v !== '' && (cells[`${'AB'[c]}${r + 1}`] = v as string | number)),
  );
  const fake = createRealExcel({ sheets: [{ name: 'Budget', cells }] });
  render(<App services={createServices({ now: NOW, excel: fake.Excel, copy })} displayLanguage="sv-SE" />);
}

describe('Kopiera budgettext', () => {
  it("from the budget checked: the clipboard gets the seed's section 6 as text and as one HTML table", async () => {
    const user = userEvent.setup();
    const copies: { html: string; text: string }[] = [];
    pane(async (html, text) => void copies.push({ html, text }));
    await openTask(user, 'budget', 2026);
    const step = () => screen.getByRole('region', { name: '4. Budgettext' });
    expect(step().textContent).toContain('Hämta folkmängd i steg 1 först');
    await getPopulation(user);
    // Before a check, from the Budgetmall's lines; after it, from the budget's own.
    await within(step()).findByText(/med budgetmallens rader/);
    await user.click(screen.getByRole('button', { name: 'Kontrollera budgeten' }));
    await screen.findByText('Budgeten balanserar');
    await within(step()).findByText(/med raderna och summorna i budgeten du kontrollerade/);
    await user.click(within(step()).getByRole('button', { name: 'Kopiera budgettext' }));
    const done = await within(step()).findByText(/Budgettexten är kopierad/);
    await waitFor(() => expect(done.closest('[tabindex="-1"]')).toBe(document.activeElement));
    expect(copies).toHaveLength(1);
    const lines = plain(copies[0]!.text).trim().split('\n\n');
    expect(lines.slice(1, -1)).toEqual(seedBudgetLines().slice(1));
    expect(copies[0]!.html.match(/<table>/g)).toHaveLength(1);
    // The preview shows what was copied: the same parts, lines and sums.
    const preview = screen.getByTestId('budget-text-preview');
    expect(
      within(preview)
        .getAllByRole('table')
        .map((t) => t.querySelector('caption')?.textContent),
    ).toEqual(['Intäkter', 'Kostnader']);
  });

  it('a clipboard that refuses says so, with what to do instead', async () => {
    const user = userEvent.setup();
    pane(async () => {
      throw new Error('NotAllowedError');
    });
    await openTask(user, 'budget', 2026);
    await getPopulation(user);
    const step = screen.getByRole('region', { name: '4. Budgettext' });
    await user.click(await within(step).findByRole('button', { name: 'Kopiera budgettext' }));
    const alert = await within(step).findByRole('alert');
    expect(alert.textContent).toContain('Budgettexten kopierades inte');
    expect(alert.textContent).toContain('Markera förhandsvisningen och kopiera med Ctrl+C');
  });
});

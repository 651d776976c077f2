/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import { createServices } from '../../src/taskpane/services';
import { latestDecidableYear, taskInSeason } from '../../src/taskpane/tasks';
import { createRealExcel } from '../excel/realExcel';
import { TASK } from './appPage';

/*
 * The three task pages in the order of the committee's year (SPEC.md, "The committee's year"; issue
 * 21): the one in season opens, the others are a click or an arrow key away, and nothing is offered
 * where it cannot work.
 */
const at = (y: number, m: number, d: number) => () => new Date(y, m - 1, d, 9, 0);

function pane(now: () => Date, inExcel = true) {
  const services = inExcel ? createServices({ now, excel: createRealExcel().Excel }) : createServices({ now });
  render(<App services={services} displayLanguage="sv-SE" />);
}
const selected = () => screen.getAllByRole('tab').filter((t) => t.getAttribute('aria-selected') === 'true');
const year = () => (screen.getByLabelText('Avgiftsår') as HTMLInputElement).value;
const headings = () =>
  within(screen.getByRole('tabpanel'))
    .queryAllByRole('heading', { level: 2 })
    .map((h) => h.textContent);

describe('the task in season', () => {
  it('by the calendar: the budget from July until SCB has published the year-end, then the invoices', () => {
    const months = Array.from({ length: 12 }, (_, m) => taskInSeason(new Date(2026, m, 15)));
    // January: 31 December 2025 is not out yet (2026 can only be a forecast), and the budget is adopted.
    // From February, as the domain's calendar counts SCB's publication, the invoices.
    expect(months).toEqual([
      'budget',
      'invoices',
      'invoices',
      'invoices',
      'invoices',
      'invoices',
      'budget',
      'budget',
      'budget',
      'budget',
      'budget',
      'budget',
    ]);
    expect([1, 2, 11].map((m) => latestDecidableYear(new Date(2026, m - 1, 15)))).toEqual([2025, 2026, 2026]);
  });

  it('November opens the budget page for 2027; March the invoice page for 2026; each page has its own short steps', () => {
    pane(at(2026, 11, 23));
    expect(selected().map((t) => t.textContent)).toEqual([TASK.budget]);
    expect(year()).toBe('2027');
    expect(headings()).toEqual(['1. Befolkning', '2. Budgetmall', '3. Budgetkontroll', '4. Budgettext']);
    document.body.innerHTML = '';
    pane(at(2026, 3, 2));
    expect(selected().map((t) => t.textContent)).toEqual([TASK.invoices]);
    expect(year()).toBe('2026');
    expect(headings()).toEqual(['1. Befolkning', '2. Regel och avgifter', '3. Skriv till arbetsboken']);
  });
});

describe('moving between the tasks', () => {
  it('by the arrow keys, each page with its own year: next year for the budget, the decidable year for the rest', async () => {
    const user = userEvent.setup();
    pane(at(2026, 3, 2));
    screen.getByRole('tab', { name: TASK.invoices }).focus();
    await user.keyboard('{ArrowLeft}');
    expect(selected().map((t) => t.textContent)).toEqual([TASK.budget]);
    expect(document.activeElement?.textContent).toBe(TASK.budget);
    expect(year()).toBe('2027');
    await user.keyboard('{End}');
    expect(selected().map((t) => t.textContent)).toEqual([TASK.approve]);
    expect(year()).toBe('2026');
    expect(headings()).toEqual(['1. Fastställ 2026', '2. Kontrollera arbetsboken']);
    // Only the chosen tab is in the Tab order; Tab goes on into its page.
    expect(screen.getAllByRole('tab').map((t) => t.tabIndex)).toEqual([-1, -1, 0]);
    await user.keyboard('{ArrowRight}');
    expect(selected().map((t) => t.textContent)).toEqual([TASK.budget]);
  });

  it('a year the officer typed stays whatever page is opened', async () => {
    const user = userEvent.setup();
    pane(at(2026, 3, 2));
    await user.clear(screen.getByLabelText('Avgiftsår'));
    await user.type(screen.getByLabelText('Avgiftsår'), '2024');
    await user.click(screen.getByRole('tab', { name: TASK.budget }));
    expect(year()).toBe('2024');
    await user.click(screen.getByRole('tab', { name: TASK.approve }));
    expect(year()).toBe('2024');
  });
});

describe('nothing is offered where it cannot work', () => {
  it('a forecast year has no invoice page and no Fastställ: the pane says why and switches to the year that can', async () => {
    const user = userEvent.setup();
    pane(at(2026, 11, 23));
    await user.click(screen.getByRole('tab', { name: TASK.invoices }));
    expect(year()).toBe('2026'); // the year that can be invoiced
    await user.clear(screen.getByLabelText('Avgiftsår'));
    await user.type(screen.getByLabelText('Avgiftsår'), '2027');
    const page = screen.getByRole('tabpanel', { name: TASK.invoices });
    expect(page.textContent).toContain('2027 kan bara räknas som prognos ännu');
    expect(within(page).queryByRole('button', { name: /Skriv|Ladda ned|Hämta/ })).toBeNull();
    await user.click(within(page).getByRole('button', { name: 'Byt till avgiftsår 2026' }));
    expect(year()).toBe('2026');
    expect(within(page).getByRole('button', { name: 'Hämta folkmängd' })).toBeTruthy();
  });

  it('outside Excel the Fastställ page says where Fastställ and Kontrollera work, and offers no button', async () => {
    const user = userEvent.setup();
    pane(at(2026, 3, 2), false);
    await user.click(screen.getByRole('tab', { name: TASK.approve }));
    const page = screen.getByRole('tabpanel', { name: TASK.approve });
    expect(page.textContent).toContain('öppna tillägget i Excel');
    expect(page.textContent).toContain('avgift approve');
    expect(within(page).queryAllByRole('button')).toEqual([]);
  });
});

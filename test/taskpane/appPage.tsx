import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import { createServices } from '../../src/taskpane/services';
import { createRealExcel } from '../excel/realExcel';

/* The App rendered as the officer sees it, for the tests of its composition and whole flows. */

// jsdom has no CSS.escape, which user-event uses to find a radio group's other radios (arrow keys);
// in a quoted attribute selector only a quote and a backslash need escaping.
if (!globalThis.CSS?.escape)
  Object.assign(globalThis, { CSS: { ...globalThis.CSS, escape: (s: string) => s.replace(/["\\]/g, '\\$&') } });

/** Early March: invoicing time for 2026, before the due date (15 March). Calendar cases set their own. */
export const NOW = () => new Date(2026, 2, 2, 9, 0);

/** Text with Swedish thousands spaces as the pane writes them (no-break). */
export const nb = (s: string) => s.replace(/ /g, '\u00a0');

/** The pane outside Excel; what it offers for download is kept. */
export function standalone() {
  const saved: { bytes: Uint8Array | string; name: string }[] = [];
  const services = createServices({ now: NOW, save: (bytes, name) => saved.push({ bytes, name }) });
  render(<App services={services} displayLanguage="sv-SE" />);
  return { saved };
}

/** The pane in Excel: Microsoft's Excel library answered by the model, with the officer's sheets. */
export function inExcel(sheets?: Parameters<typeof createRealExcel>[0]) {
  const fake = createRealExcel(sheets);
  render(<App services={createServices({ now: NOW, excel: fake.Excel })} displayLanguage="sv-SE" />);
  return fake;
}

/** Step 1 with the bundled figures. */
export async function getPopulation(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Hämta folkmängd' }));
  await screen.findByText(/Källa: SCB:s folkmängd 31 december, följer med tillägget/);
}

/** The three task pages, by the names on their tabs. */
export const TASK = {
  budget: 'Budget för nästa år',
  invoices: 'Årets avgifter och fakturor',
  approve: 'Fastställ och kontrollera',
} as const;

/**
 * Opens a task page by its tab, as the officer clicks it; with `year`, then types that fee year
 * (the budget page takes next year's unless told: a 2026 budget checked in March is told 2026).
 */
export async function openTask(user: ReturnType<typeof userEvent.setup>, task: keyof typeof TASK, year?: number) {
  await user.click(screen.getByRole('tab', { name: TASK[task] }));
  if (year === undefined) return;
  const field = screen.getByLabelText('Avgiftsår');
  await user.clear(field);
  await user.type(field, String(year));
}

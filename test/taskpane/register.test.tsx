/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SODERTORN_MEMBERS } from '../../src/domain';
import { App } from '../../src/taskpane/App';
import { createServices } from '../../src/taskpane/services';
import type { Scalar } from '../../src/workbook/excel/api';
import { createRealExcel, RealExcel } from '../excel/realExcel';

/*
 * The members register in the pane, in Excel (Microsoft's real Excel library answered by the model):
 * the first write makes a Medlemmar sheet to fill in and says so. What the officer types there, and
 * an officer's own register, run through the pane's hooks (hooks/register.test.ts).
 */
const NOW = () => new Date('2026-03-02T09:30:00Z');

async function paneInExcel(excel: RealExcel = createRealExcel()) {
  const user = userEvent.setup();
  const saved: { content: Uint8Array | string; name: string }[] = [];
  render(
    <App
      services={createServices({
        now: NOW,
        excel: excel.Excel,
        save: (content, name) => saved.push({ content, name }),
      })}
      displayLanguage="sv-SE"
    />,
  );
  await user.click(screen.getByRole('button', { name: 'Hämta folkmängd' }));
  await screen.findByText(/Källa: SCB:s folkmängd 31 december, följer med tillägget/);
  return { user, excel, saved };
}

const write = async (user: ReturnType<typeof userEvent.setup>, answer?: string) => {
  await user.click(screen.getByRole('button', { name: 'Skriv till arbetsboken' }));
  if (answer)
    await user.click(
      within(await screen.findByRole('group', { name: /Bladen finns redan/ })).getByRole('button', { name: answer }),
    );
};

/** A table's rows by its header: the row of a member as { header: value }. */
function recordOf(excel: RealExcel, sheet: string, code: string): Record<string, Scalar> {
  const rows = excel.values(sheet, 'A1:P40');
  const header = rows.find((r) => r.includes('Organisationsnummer'))!;
  const row = rows.find((r) => r.includes(code))!;
  return Object.fromEntries(header.map((h, i) => [String(h), row[i]!]));
}

describe('the members register in the pane', () => {
  it('the first write makes the Medlemmar sheet with what is known, and says who lacks invoice details', async () => {
    const { user, excel } = await paneInExcel();
    await write(user);
    const written = await screen.findByRole('group', { name: '13 blad skrivna:' });
    expect(within(written).getByRole('button', { name: 'Visa bladet Medlemmar' })).toBeTruthy();
    expect(within(written).getByText(/Bladet Medlemmar är medlemsregistret för fakturorna/)).toBeTruthy();
    // Huddinge (the sender) is an internal transfer: the seven others lack everything.
    const others = SODERTORN_MEMBERS.filter((m) => m.code !== '0126').map((m) => m.name);
    expect(
      within(written).getByText(
        `Fakturauppgifter saknas: ${others.slice(0, -1).join(', ')} och ${others.at(-1)} saknar fakturanamn, organisationsnummer, Peppol-ID, köparens referens och e-post för fakturor.`,
      ),
    ).toBeTruthy();
    expect(recordOf(excel, 'Medlemmar', '0126')).toMatchObject({
      Fakturanamn: 'Huddinge kommun',
      Organisationsnummer: '212000-0068',
      'Peppol-ID': '0007:2120000068',
      'Intern omföring': 'intern omföring',
    });
    expect(recordOf(excel, 'Fakturaunderlag 2026', '0127').Saknas).toBe(
      'fakturanamn, organisationsnummer, Peppol-ID, köparens referens, e-post för fakturor',
    );
  });
});

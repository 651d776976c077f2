/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { snapshotPopulation } from '../../src/data/snapshot';
import { feeHistory, formatKronor, SODERTORN_MEMBERS } from '../../src/domain';
import { getPopulation, standalone } from './appPage';

/*
 * The fees over the years in the pane (issue 22, item 2): a small chart with its table behind it,
 * loaded only when opened, from the same job as the Historik sheet.
 */
describe('Avgifterna 2010–2026 in the pane', () => {
  it('is loaded only when opened; then a chart named by its figures, and a table of every year', async () => {
    const user = userEvent.setup();
    standalone();
    await getPopulation(user);
    const summary = screen.getByText('Avgifterna 2010–2026');
    expect(screen.queryByTestId('history-view')).toBeNull();
    await user.click(summary);
    const view = await screen.findByTestId('history-view');
    const chart = within(view).getByRole('img');
    expect(chart.getAttribute('aria-label')).toBe(
      'Avgifterna 2010–2026: från 860\u00a0000\u00a0kr 2010 till 2\u00a0102\u00a0500\u00a0kr 2026; högst 2\u00a0102\u00a0500\u00a0kr. Per kommun på bladet Historik.',
    );
    expect(chart.querySelectorAll('rect')).toHaveLength(17);
    // One colour for every column: nothing is told by colour alone.
    expect(new Set([...chart.querySelectorAll('rect')].map((r) => r.getAttribute('fill')))).toEqual(
      new Set(['var(--colorBrandBackground)']),
    );
    const history = feeHistory({
      fromYear: 2010,
      toYear: 2026,
      members: SODERTORN_MEMBERS,
      population: snapshotPopulation(),
    });
    if (!history.ok) throw new Error(history.error.message.en);
    const rows = within(within(view).getByRole('table', { hidden: true }))
      .getAllByRole('row', { hidden: true })
      .slice(1)
      .map((r) => r.textContent);
    expect(rows).toEqual(history.value.map((a) => `${a.feeYear}${formatKronor(a.totalOre)}`));
    // The columns' heights follow the totals: 2026's is the tallest, 2010's is 860 000 / 2 102 500 of it.
    const heights = [...chart.querySelectorAll('rect')].map((r) => Number(r.getAttribute('height')));
    expect(heights[0]! / heights[16]!).toBeCloseTo(860_000 / 2_102_500, 6);
  });
});

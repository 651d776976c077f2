/**
 * @jest-environment jsdom
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import { Help } from '../../src/taskpane/components/Help';
import { LangContext, loadLanguage } from '../../src/taskpane/i18n';
import { createServices } from '../../src/taskpane/services';
import { markReady, showLoadFailed } from '../../src/taskpane/loadGuard';

describe('Så gör du årets avgifter', () => {
  it('is in the pane, closed until opened, its summary focusable (Enter opens it in Chromium: test/slow/deploy.test.ts)', async () => {
    const user = userEvent.setup();
    render(<App services={createServices({ now: () => new Date('2026-11-23T09:00:00Z') })} displayLanguage="sv-SE" />);
    const summary = screen.getByText('Så gör du årets avgifter');
    const details = summary.closest('details')!;
    expect(details.open).toBe(false);
    summary.focus();
    expect(document.activeElement).toBe(summary);
    await user.click(summary);
    expect(details.open).toBe(true);
    // The steps, the figures' origin and the approval: their text loads as the help opens.
    expect((await screen.findAllByRole('listitem', { hidden: true })).map((li) => li.textContent)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/31 december året före/),
        expect.stringMatching(/Hämta folkmängd/),
        expect.stringMatching(/Budgetkontroll/),
      ]),
    );
    expect(screen.getByText(/SCB:s statistikdatabas/)).toBeTruthy();
    expect(screen.getByText(/^Fastställa:/)).toBeTruthy();
    expect(screen.getByText(/^Avgiftsfördelning version /)).toBeTruthy();
  });

  it('speaks English with the pane', async () => {
    await loadLanguage('en');
    render(
      <LangContext.Provider value="en">
        <Help />
      </LangContext.Provider>,
    );
    await userEvent.setup().click(screen.getByText("How to do this year's fees"));
    expect(await screen.findByText(/^To approve:/)).toBeTruthy();
    expect(screen.getByText(/^Fee allocation version /)).toBeTruthy();
  });
});

describe('the load guard’s other half', () => {
  const page = () => {
    document.body.innerHTML =
      '<div id="root"><p>laddas…</p></div><div id="load-failed" role="alert" hidden>kunde inte starta</div>';
    document.documentElement.removeAttribute('data-ready');
  };

  it('showLoadFailed puts the message in place of the pane', () => {
    page();
    showLoadFailed(document);
    expect(document.getElementById('load-failed')!.hidden).toBe(false);
    expect(document.getElementById('root')!.hidden).toBe(true);
  });

  it('markReady silences the guard and takes back a message shown while the pane was slow', () => {
    page();
    showLoadFailed(document);
    markReady(document);
    expect(document.documentElement.hasAttribute('data-ready')).toBe(true);
    expect(document.getElementById('load-failed')!.hidden).toBe(true);
    expect(document.getElementById('root')!.hidden).toBe(false);
  });
});

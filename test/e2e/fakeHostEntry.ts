/**
 * Injected into the production task pane by the browser tests (never shipped): makes the page believe
 * it runs in Excel, with the fake host as window.Excel, and exposes the fake for assertions.
 */
import { createFakeExcel, FakeSetup } from '../fakes/fakeExcel';

declare global {
  interface Window {
    __fakeSetup?: FakeSetup;
    __fakeExcel?: ReturnType<typeof createFakeExcel>;
  }
}

const fake = createFakeExcel(window.__fakeSetup);
window.__fakeExcel = fake;
(window as unknown as { Excel: unknown }).Excel = fake.Excel;
(window as unknown as { Office: unknown }).Office = {
  onReady: (callback?: (info: { host: string }) => void) => {
    const info = { host: 'Excel', platform: 'OfficeOnline' };
    callback?.(info);
    return Promise.resolve(info);
  },
  context: {
    displayLanguage: 'sv-SE',
    officeTheme: { bodyBackgroundColor: '#ffffff' },
    // Like Excel on the web today: ExcelApi up to 1.17 (versions compare by their minor number).
    requirements: { isSetSupported: (name: string, version: string) => name === 'ExcelApi' && Number(version.split('.')[1] ?? 0) <= 17 },
  },
};

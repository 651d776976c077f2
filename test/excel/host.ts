/**
 * Connects Microsoft's Excel client library, running in a window, to the answering model: the one
 * request function the library sends every request through, `OSF.DDA.RichApi.executeRichApiRequestAsync`
 * (Excel on the web's route), or the `window.external` object the Windows host provides.
 * Browser-safe: no Node imports.
 */
import type { ExcelModel } from './model';

interface RichApiWindow {
  OSF?: {
    DDA?: {
      RichApi?: { executeRichApiRequestAsync?: (message: unknown[], callback: (result: unknown) => void) => void };
    };
  };
}

/** The library's request function answers from the model (messageArray[4] is the ProcessQuery body). */
export function answerRichApiFromModel(win: unknown, model: () => ExcelModel): void {
  const w = win as RichApiWindow;
  const richApi = w.OSF?.DDA?.RichApi;
  if (!richApi) throw new Error('The Excel library is not loaded in this window (no OSF.DDA.RichApi).');
  richApi.executeRichApiRequestAsync = (message, callback) => {
    const answer = model().processQuery(String(message[4]));
    // Excel answers later, never inside the call.
    void Promise.resolve().then(() =>
      callback(
        answer.ok
          ? { status: 'succeeded', value: { data: [200, [], answer.body] } }
          : { status: 'failed', error: { code: answer.code, message: answer.message } },
      ),
    );
  };
}

/** What Excel says it supports through `GetSupportedMatrix` (the Windows route): as Microsoft 365 today. */
export const SUPPORTED_SETS: Record<string, string> = {
  ExcelApi: '1.17',
  RichApiRuntime: '1.1',
  DialogApi: '1.2',
  SharedRuntime: '1.1',
};

/**
 * The `window.external` object that Excel on Windows gives the add-in's page: the `office.js` loader
 * reads the host from `GetHostInfo()`, the context (language, versions, `GetSupportedMatrix()` that
 * `isSetSupported` answers from) from `GetContext()`, and every Excel request comes through
 * `Execute(93, [message], callback)`, answered here from the model.
 */
export function windowsExternal(
  model: () => ExcelModel,
  options: { language?: string; supported?: Record<string, string> } = {},
): Record<string, unknown> {
  const language = options.language ?? 'sv-SE';
  const safeArray = (items: unknown[]) => ({ toArray: () => items });
  const context = {
    GetAppType: () => 1, // Excel
    GetSolutionRef: () => 'avgiftsfordelning-test',
    GetAppVersionMajor: () => 16,
    GetAppVersionMinor: () => 0,
    GetAppUILocale: () => language,
    GetAppDataLocale: () => language,
    GetDocUrl: () => 'https://localhost/Bok1.xlsx',
    GetAppCapabilities: () => 0,
    GetActivationMode: () => 0,
    GetControlIntegrationLevel: () => 0,
    GetSolutionToken: () => '',
    GetCorrelationId: () => '00000000-0000-0000-0000-000000000000',
    GetInstanceId: () => '',
    GetTouchEnabled: () => false,
    GetCommerceAllowed: () => false,
    GetSupportedMatrix: () => JSON.stringify(options.supported ?? SUPPORTED_SETS),
    GetHostCustomMessage: () => '',
    GetHostFullVersion: () => '16.0.19127.20000',
    GetDialogRequirementMatrix: () => '',
    GetFeaturesForSolution: () => '',
    GetInitialDisplayMode: () => 0,
    GetSettings: () => ({
      Read: () => undefined,
      Write: () => undefined,
      WriteAsync: (_k: unknown, _v: unknown, done?: (status: number) => void) => done?.(0),
    }),
    GetOfficeThemeInfo: () =>
      JSON.stringify({
        primaryFontColor: 0x262626,
        primaryBackgroundColor: 0xffffff,
        secondaryFontColor: 0x737373,
        secondaryBackgroundColor: 0xf3f3f3,
      }),
  };
  return {
    GetHostInfo: () => `Excel$Win32$16.01$${language}$$$$0`,
    GetContext: () => context,
    Execute: (id: number, params: unknown[], callback: (response: unknown) => void) => {
      if (id !== 93) {
        setTimeout(() => callback(safeArray([5001, null])));
        return;
      }
      const message = params[0] as unknown[];
      const answer = model().processQuery(String(message[4]));
      setTimeout(() => callback(answer.ok ? safeArray([0, [200, [], answer.body]]) : answer.code));
    },
    RegisterEvent: (_id: number, _target: unknown, _handler: unknown, callback: (status: number) => void) =>
      setTimeout(() => callback(0)),
    UnregisterEvent: (_id: number, _target: unknown, callback: (status: number) => void) =>
      setTimeout(() => callback(0)),
    MessageParent: () => undefined,
    MessageChild: () => undefined,
  };
}

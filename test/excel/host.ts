/**
 * Connects Microsoft's Excel client library, running in a window, to the answering model: the one
 * request function the library sends every request through, `OSF.DDA.RichApi.executeRichApiRequestAsync`
 * (Excel on the web's route), or the `window.external` object the Windows host provides.
 * Browser-safe: no Node imports.
 */
import type { ExcelModel } from './model';

interface RichApiWindow {
  OSF?: { DDA?: { RichApi?: { executeRichApiRequestAsync?: (message: unknown[], callback: (result: unknown) => void) => void } } };
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
      callback(answer.ok ? { status: 'succeeded', value: { data: [200, [], answer.body] } } : { status: 'failed', error: { code: answer.code, message: answer.message } }),
    );
  };
}

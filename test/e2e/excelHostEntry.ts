/**
 * Injected into the production task pane by the browser tests (never shipped): plays the part Excel
 * on Windows plays for an add-in's page, `window.external` (host info, context with the supported
 * requirement sets, and `Execute` for every Excel request), answered by the model of Excel. The page
 * itself loads Microsoft's real `office.js` (served from the package in place of the CDN), which
 * loads `excel-win32-16.01.js`: `Office.onReady`, `isSetSupported` and `Excel.run` are Microsoft's code.
 * The model is exposed as `window.__excelModel` for assertions.
 */
import { windowsExternal } from '../excel/host';
import { createExcelModel, ExcelModel, ModelSetup } from '../excel/model';

declare global {
  interface Window {
    __excelSetup?: ModelSetup;
    __excelModel?: ExcelModel;
  }
}

const model = createExcelModel(window.__excelSetup);
window.__excelModel = model;
// window.external is [Replaceable]: a page may put its own object there, as Excel's web view does.
Object.defineProperty(window, 'external', { value: windowsExternal(() => model), configurable: true, writable: true });

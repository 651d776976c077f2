import { ExcelApi, globalExcel } from '../workbook/excel/api';
import { optional } from '../domain';

/** What the page learns about where it runs: inside Excel with its API, or a plain browser. */
export interface HostInfo {
  readonly excel?: ExcelApi;
  readonly displayLanguage?: string;
  readonly dark: boolean;
}

interface OfficeLike {
  onReady(callback?: (info: { host: string | null }) => void): Promise<{ host: string | null }>;
  context?: { displayLanguage?: string; officeTheme?: { bodyBackgroundColor?: string } };
}

/** Luminance of "#RRGGBB" from 0 (black) to 1 (white). */
function luminance(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return 1;
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => parseInt(x!, 16) / 255);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/**
 * Waits for Office (at most `timeoutMs`, as office.js may not load outside Office) and tells whether
 * this is Excel. Outside Office, Office.onReady resolves with host null.
 */
export async function detectHost(timeoutMs = 3_000): Promise<HostInfo> {
  const office = (globalThis as unknown as { Office?: OfficeLike }).Office;
  const prefersDark = typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
  // Outside Office the pane speaks Swedish (its users' language) until the user switches.
  if (!office?.onReady) return { dark: prefersDark };
  const info = await Promise.race([
    office.onReady(),
    new Promise<{ host: null }>((r) => setTimeout(() => r({ host: null }), timeoutMs)),
  ]);
  const excel = info.host === 'Excel' ? globalExcel() : undefined;
  const background = office.context?.officeTheme?.bodyBackgroundColor;
  const displayLanguage = office.context?.displayLanguage;
  return {
    ...optional({ excel }),
    ...(displayLanguage ? { displayLanguage } : {}),
    dark: background ? luminance(background) < 0.5 : prefersDark,
  };
}

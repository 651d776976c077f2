import { fail, Message, Result } from '../../domain';

/** What Excel's refusal means for the officer, and what to do: one sentence each, in both languages. */
interface Meaning {
  readonly what: Message;
  readonly todo: Message;
  readonly retry?: boolean;
}

const MEANINGS: Record<string, Meaning> = {
  AccessDenied: {
    what: {
      sv: 'bladet är skyddat (ett fastställt blad, eller ett som du har skyddat)',
      en: 'the sheet is protected (an approved sheet, or one you protected)',
    },
    todo: {
      sv: 'Fastställda blad skrivs aldrig över: skriv avgifterna som nya blad i stället, eller avbryt.',
      en: 'Approved sheets are never written over: write the fees as new sheets instead, or cancel.',
    },
  },
  ItemAlreadyExists: {
    what: {
      sv: 'ett blad, namn eller en tabell med samma namn finns redan',
      en: 'a sheet, name or table of the same name exists already',
    },
    todo: {
      sv: 'Försök igen: tillägget väljer då ett ledigt namn.',
      en: 'Try again: the add-in then picks a free name.',
    },
    retry: true,
  },
  ItemNotFound: {
    what: {
      sv: 'ett blad eller namn som behövdes finns inte längre (borttaget eller omdöpt medan tillägget arbetade)',
      en: 'a sheet or name it needed is gone (deleted or renamed while the add-in worked)',
    },
    todo: { sv: 'Försök igen.', en: 'Try again.' },
    retry: true,
  },
  InvalidArgument: {
    what: {
      sv: 'Excel godtog inte ett värde, en formel eller ett namn',
      en: 'Excel did not accept a value, a formula or a name',
    },
    todo: {
      sv: 'Försök igen; kvarstår felet, kontakta IT-supporten och ange felkoden InvalidArgument.',
      en: 'Try again; if it persists, contact IT support with the error code InvalidArgument.',
    },
  },
  InvalidOperation: {
    what: {
      sv: 'Excel tillåter inte åtgärden just nu (till exempel medan en cell redigeras)',
      en: 'Excel does not allow the action now (for example while a cell is being edited)',
    },
    todo: { sv: 'Tryck Esc i arbetsboken och försök igen.', en: 'Press Esc in the workbook and try again.' },
    retry: true,
  },
  RequestPayloadSizeLimitExceeded: {
    what: {
      sv: 'begäran till Excel blev för stor (Excel på webben tar högst 5 MB åt gången)',
      en: 'the request to Excel was too large (Excel on the web takes at most 5 MB at a time)',
    },
    todo: {
      sv: 'Skriv färre blad åt gången, eller använd Excel för Windows eller Mac.',
      en: 'Write fewer sheets at a time, or use Excel for Windows or Mac.',
    },
  },
  ResponsePayloadSizeLimitExceeded: {
    what: {
      sv: 'svaret från Excel blev för stort (Excel på webben ger högst 5 MB åt gången)',
      en: 'the answer from Excel was too large (Excel on the web gives at most 5 MB at a time)',
    },
    todo: {
      sv: 'Markera ett mindre område, eller använd Excel för Windows eller Mac.',
      en: 'Select a smaller range, or use Excel for Windows or Mac.',
    },
  },
  GeneralException: {
    what: { sv: 'Excel stötte på ett internt fel', en: 'Excel met an internal error' },
    todo: {
      sv: 'Försök igen; hjälper det inte, spara arbetsboken, stäng och öppna den igen.',
      en: 'Try again; if that does not help, save the workbook, close it and open it again.',
    },
    retry: true,
  },
  ActivityLimitReached: {
    what: { sv: 'Excel är upptaget', en: 'Excel is busy' },
    todo: { sv: 'Vänta en stund och försök igen.', en: 'Wait a moment and try again.' },
    retry: true,
  },
  Timeout: {
    what: { sv: 'Excel svarade inte i tid', en: 'Excel did not answer in time' },
    todo: { sv: 'Försök igen.', en: 'Try again.' },
    retry: true,
  },
  Conflict: {
    what: { sv: 'någon annan ändrade arbetsboken samtidigt', en: 'someone else changed the workbook at the same time' },
    todo: { sv: 'Vänta tills ändringen sparats och försök igen.', en: 'Wait until the change is saved and try again.' },
    retry: true,
  },
  network: {
    what: { sv: 'förbindelsen med Excel bröts (nätverket)', en: 'the connection to Excel was lost (the network)' },
    todo: { sv: 'Kontrollera nätverket och försök igen.', en: 'Check the network and try again.' },
    retry: true,
  },
};

/** Excel's error code of a thrown value: OfficeExtension.Error's `code`, "network" for a lost connection. */
export function excelErrorCode(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code) return code;
  const message = e instanceof Error ? e.message : String(e);
  return /failed to fetch|network|connection/i.test(message) ? 'network' : 'unknown';
}

/**
 * Excel's refusal as a failure in the officer's words: what the add-in was doing, what Excel's code
 * means, what is true of the workbook now (`state`, which must hold whatever the code) and what to do.
 * Excel's own English never enters the Swedish sentence; the English one keeps it for support.
 *
 * @example excelFailure(accessDeniedError, 'excel-write', { sv: 'Avgiftsbladen kunde inte skrivas', en: 'The fee sheets could not be written' }, { sv: 'Dina egna blad är orörda.', en: 'Your own sheets are untouched.' })
 * // fail('excel-write', 'Avgiftsbladen kunde inte skrivas: bladet är skyddat (…). Dina egna blad är orörda. Fastställda blad skrivs aldrig över: …', …)
 */
export function excelFailure<T = never>(e: unknown, code: string, doing: Message, state?: Message): Result<T> {
  const excelCode = excelErrorCode(e);
  const meaning = MEANINGS[excelCode];
  const detail = e instanceof Error ? e.message : String(e);
  const what =
    meaning?.what ??
    (excelCode === 'unknown'
      ? { sv: 'Excel avbröt åtgärden', en: 'Excel stopped the action' }
      : { sv: `Excel avbröt med felkoden ${excelCode}`, en: `Excel stopped with the error code ${excelCode}` });
  const todo = meaning?.todo ?? {
    sv: 'Försök igen; kvarstår felet, kontakta IT-supporten och ange felkoden.',
    en: 'Try again; if it persists, contact IT support with the error code.',
  };
  const sv = `${doing.sv}: ${what.sv}.${state ? ` ${state.sv}` : ''} ${todo.sv}`;
  const en = `${doing.en}: ${what.en}.${state ? ` ${state.en}` : ''} ${todo.en} (Excel: ${excelCode}: ${detail})`;
  return fail(code, sv, en, meaning?.retry ? { retry: true } : {});
}

/**
 * The one answer when Excel is not there (the pane opened in a browser): what to do, and, where the
 * job has another way, that way (`also`).
 *
 * @example excelMissing({ sv: 'Ladda ned arbetsboken som .xlsx i stället.', en: 'Download the workbook as .xlsx instead.' })
 * // fail('excel-missing', 'Excel är inte tillgängligt här: öppna tillägget i Excel. Ladda ned arbetsboken som .xlsx i stället.', …)
 */
export function excelMissing<T = never>(also?: Message): Result<T> {
  return fail(
    'excel-missing',
    `Excel är inte tillgängligt här: öppna tillägget i Excel.${also ? ` ${also.sv}` : ''}`,
    `Excel is not available here: open the add-in in Excel.${also ? ` ${also.en}` : ''}`,
  );
}

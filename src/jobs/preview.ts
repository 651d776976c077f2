import { listed, Message } from '../domain';
import { safeSheetName } from '../workbook/plan/address';
import type { WorkbookPlan } from '../workbook/plan/plan';
import { ExistingWorkbook, resolveNames, sameSheetName } from '../workbook/plan/resolve';

/**
 * What a write will do with one sheet of its plan, before it is written:
 * - `new`: no sheet has the name; it is written under it;
 * - `ours`: the add-in wrote a sheet of that name before; the pane asks first (replace it in place,
 *   or write a new version beside it; a fastställd year's sheets are never replaced);
 * - `officers`: the officer's own sheet has the name; it is left as it is and ours is written
 *   beside it as `writtenAs`.
 */
export interface SheetFate {
  readonly name: string;
  readonly fate: 'new' | 'ours' | 'officers';
  /** The name it gets when nothing is replaced: the same, or the next free version ("Budget (2)"). */
  readonly writtenAs: string;
}

/**
 * The plan's sheets against the workbook as it is now, by the renderer's own naming rules
 * (`resolveNames`): the same answer the write gives, before it is given.
 *
 * @example
 * sheetFates(planOfYear({ fees: decided2026, … }), { sheets: [{ name: 'Budget', ours: false }, { name: 'Avgift 2026', ours: true }], names: [] })
 * // → [{ name: 'Avgift 2026', fate: 'ours', writtenAs: 'Avgift 2026 (2)' }, …, { name: 'Budget', fate: 'officers', writtenAs: 'Budget (2)' }]
 */
export function sheetFates(plan: WorkbookPlan, existing: ExistingWorkbook): SheetFate[] {
  const beside = resolveNames(plan, existing, false);
  return plan.sheets.map((s) => {
    const current = existing.sheets.find((e) => sameSheetName(e.name, safeSheetName(s.name)));
    return {
      name: s.name,
      fate: !current ? 'new' : current.ours ? 'ours' : 'officers',
      writtenAs: beside.sheetNames.get(s.key)!,
    };
  });
}

/**
 * The preview in words, a line each: the new sheets, the add-in's own already there (asked about
 * first), the officer's sheets left as they are with ours beside them, and the Logg row.
 *
 * @example
 * previewLines([{ name: 'Budget', fate: 'officers', writtenAs: 'Budget (2)' }], false)
 * // → [{ sv: 'Dina egna blad lämnas orörda, tilläggets skrivs bredvid: Budget som Budget (2).', en: … }]
 */
export function previewLines(fates: readonly SheetFate[], logged: boolean): Message[] {
  const names = (fate: SheetFate['fate'], name: (f: SheetFate, lang: 'sv' | 'en') => string = (f) => f.name) => {
    const of = fates.filter((f) => f.fate === fate);
    return of.length
      ? {
          sv: listed(
            of.map((f) => name(f, 'sv')),
            'och',
          ),
          en: listed(
            of.map((f) => name(f, 'en')),
            'and',
          ),
        }
      : undefined;
  };
  const fresh = names('new');
  const ours = names('ours');
  const officers = names('officers', (f, lang) => `${f.name} ${lang === 'sv' ? 'som' : 'as'} ${f.writtenAs}`);
  return [
    ...(fresh ? [{ sv: `Nya blad: ${fresh.sv}.`, en: `New sheets: ${fresh.en}.` }] : []),
    ...(ours
      ? [
          {
            sv: `Finns redan, skrivna av tillägget: ${ours.sv}. Du får frågan om de ska ersättas eller skrivas som nya versioner; blad i ett fastställt år ersätts aldrig.`,
            en: `Already there, written by the add-in: ${ours.en}. You will be asked whether to replace them or write new versions; the sheets of an approved year are never replaced.`,
          },
        ]
      : []),
    ...(officers
      ? [
          {
            sv: `Dina egna blad lämnas orörda, tilläggets skrivs bredvid: ${officers.sv}.`,
            en: `Your own sheets are left as they are, the add-in's are written beside them: ${officers.en}.`,
          },
        ]
      : []),
    ...(logged
      ? [{ sv: 'En rad om skrivningen läggs i bladet Logg.', en: 'A row about the write is added to the Logg sheet.' }]
      : []),
  ];
}

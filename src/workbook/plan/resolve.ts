import { quoteSheetName, safeSheetName } from './address';
import { Cell, MARKER_PREFIX, WorkbookPlan } from './plan';

/** What a renderer found in the workbook before writing. */
export interface ExistingWorkbook {
  /** Sheets in tab order; `ours` when a marker name points at the sheet. */
  readonly sheets: readonly { readonly name: string; readonly ours: boolean }[];
  /** Every workbook-level name and table name already taken. */
  readonly names: readonly string[];
  /** Workbook names pointing into each sheet, with their formulas (markers included). */
  readonly namesOnSheet?: ReadonlyMap<string, readonly { readonly name: string; readonly formula: string }[]>;
  /** Tables on each sheet. */
  readonly tablesOnSheet?: ReadonlyMap<string, readonly string[]>;
}

export interface Resolution {
  /** Final sheet name per plan sheet key. */
  readonly sheetNames: ReadonlyMap<string, string>;
  /** Final workbook name per plan name key, per table name and per marker (by sheet key). */
  readonly names: ReadonlyMap<string, string>;
  readonly tableNames: ReadonlyMap<string, string>;
  readonly markers: ReadonlyMap<string, string>;
  /** Sheets the add-in made earlier that this run rewrites in place (only when asked to). */
  readonly replacedSheets: readonly string[];
  /** Tables on the replaced sheets: deleted, and their names used again. */
  readonly replacedTables: readonly string[];
  /** Names of the plan (and markers) that already exist on a replaced sheet: kept, never deleted;
   * name → its formula now, so the renderer sets a new reference only when it differs. */
  readonly keptNames: ReadonlyMap<string, string>;
}

const lower = (s: string) => s.toLocaleLowerCase('sv');

/**
 * Whether two sheet names are the same to Excel, which ignores case ("Logg" is "LOGG").
 *
 * @example sameSheetName('Medlemmar', 'MEDLEMMAR') // → true
 */
export const sameSheetName = (a: string, b: string): boolean => lower(a) === lower(b);

/**
 * Chooses final names: a wanted sheet name is used when free; when the add-in's own sheet has it and
 * `replaceOwnSheets` is set, that sheet is rewritten in place (so every reference to it holds);
 * otherwise (a user's sheet, or no permission) the new sheet gets the next free versioned name,
 * `Avgift 2026 (2)`. Names, tables and markers of a versioned sheet get the same suffix (`Sats_2026_2`).
 * On a replaced sheet the plan's names and the marker are kept as they are and its tables' names are
 * used again: `Sats_2026` and `Fakturaunderlag_2026` never drift to `_2`. Excel compares names
 * case-insensitively.
 *
 * Example: with our 'Avgift 2026' (marker AVGF_avgift_2026, name Sats_2026) and replace asked,
 * sheetNames avgift-2026 → 'Avgift 2026', names rate-2026 → 'Sats_2026', keptNames has both names.
 */
export function resolveNames(plan: WorkbookPlan, existing: ExistingWorkbook, replaceOwnSheets: boolean): Resolution {
  const takenSheets = new Set(existing.sheets.map((s) => lower(s.name)));
  const takenNames = new Set(existing.names.map(lower));
  const sheetNames = new Map<string, string>();
  const versions = new Map<string, number>();
  const replacedSheets: string[] = [];
  const replacedTables: string[] = [];
  const keptNames = new Map<string, string>();
  /** Existing names on a replaced sheet that the plan may take again, by lower-case name. */
  const reusable = new Map<string, { name: string; formula: string }>();

  for (const sheet of plan.sheets) {
    const wanted = safeSheetName(sheet.name);
    const current = existing.sheets.find((s) => lower(s.name) === lower(wanted));
    if (current && current.ours && replaceOwnSheets && !replacedSheets.includes(current.name)) {
      replacedSheets.push(current.name);
      for (const n of existing.namesOnSheet?.get(current.name) ?? []) reusable.set(lower(n.name), n);
      for (const t of existing.tablesOnSheet?.get(current.name) ?? []) {
        replacedTables.push(t);
        takenNames.delete(lower(t));
      }
      sheetNames.set(sheet.key, current.name);
      versions.set(sheet.key, 1);
      continue;
    }
    let version = 1;
    let name = wanted;
    while (takenSheets.has(lower(name))) {
      version += 1;
      const suffix = ` (${version})`;
      name = wanted.slice(0, 31 - suffix.length).trimEnd() + suffix;
    }
    takenSheets.add(lower(name));
    sheetNames.set(sheet.key, name);
    versions.set(sheet.key, version);
  }

  const claim = (base: string, version: number, replaced: boolean): string => {
    if (replaced && version === 1) {
      const kept = reusable.get(lower(base));
      if (kept) {
        reusable.delete(lower(base));
        keptNames.set(kept.name, kept.formula);
        return kept.name;
      }
    }
    let v = version;
    let name = v === 1 ? base : `${base}_${v}`;
    while (takenNames.has(lower(name))) {
      v += 1;
      name = `${base}_${v}`;
    }
    takenNames.add(lower(name));
    return name;
  };
  const isReplaced = (sheetKey: string) => replacedSheets.includes(sheetNames.get(sheetKey) ?? '');

  const names = new Map<string, string>();
  for (const n of plan.names) names.set(n.key, claim(n.name, versions.get(n.sheetKey) ?? 1, isReplaced(n.sheetKey)));
  const tableNames = new Map<string, string>();
  const markers = new Map<string, string>();
  for (const sheet of plan.sheets) {
    const version = versions.get(sheet.key)!;
    for (const t of sheet.tables ?? []) tableNames.set(t.name, claim(t.name, version, false));
    const sheetName = sheetNames.get(sheet.key)!;
    const existingMarker = isReplaced(sheet.key)
      ? existing.namesOnSheet
          ?.get(sheetName)
          ?.find((n) => n.name.startsWith(MARKER_PREFIX) && reusable.has(lower(n.name)))
      : undefined;
    markers.set(
      sheet.key,
      existingMarker ? claim(existingMarker.name, 1, true) : claim(markerName(sheet.key), version, false),
    );
  }
  return { sheetNames, names, tableNames, markers, replacedSheets, replacedTables, keptNames };
}

/** The hidden name that marks a sheet as the add-in's: AVGF_avgift_2026. */
export const markerName = (sheetKey: string): string => MARKER_PREFIX + sheetKey.replace(/[^A-Za-z0-9]/g, '_');

/** Replaces sheet and name tokens in a formula with the final, quoted names. */
export function resolveFormula(formula: string, resolution: Pick<Resolution, 'sheetNames' | 'names'>): string {
  return formula.replace(/\{\{(sheet|name):([^}]+)\}\}/g, (_, kind: string, key: string) => {
    const target = kind === 'sheet' ? resolution.sheetNames.get(key) : resolution.names.get(key);
    if (target === undefined) throw new RangeError(`Unknown ${kind} in formula: ${key}`);
    return kind === 'sheet' ? quoteSheetName(target) : target;
  });
}

/** A cell's content for Excel: the resolved formula, or the constant. */
export function cellContent(
  cell: Cell,
  resolution: Pick<Resolution, 'sheetNames' | 'names'>,
): string | number | boolean | null {
  if (cell.formula !== undefined) return resolveFormula(cell.formula, resolution);
  return cell.value ?? null;
}

/** Which sheets a marker name formula points at: "='Avgift 2026'!$A$1" → "Avgift 2026". */
export function sheetOfReference(formula: string): string | undefined {
  const m = /^=?(?:'((?:[^']|'')+)'|([^!'=]+))!/.exec(formula.trim());
  if (!m) return undefined;
  return m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
}

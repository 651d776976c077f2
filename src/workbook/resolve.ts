import { quoteSheetName, safeSheetName } from './address';
import { Cell, MARKER_PREFIX, WorkbookPlan } from './plan';

/** What a renderer found in the workbook before writing. */
export interface ExistingWorkbook {
  readonly sheets: readonly { readonly name: string; readonly ours: boolean }[];
  /** Every workbook-level name and table name already taken. */
  readonly names: readonly string[];
  /** Names (including tables) that live on each sheet, to remove with a replaced sheet. */
  readonly namesOnSheet?: ReadonlyMap<string, readonly string[]>;
}

export interface Resolution {
  /** Final sheet name per plan sheet key. */
  readonly sheetNames: ReadonlyMap<string, string>;
  /** Final workbook name per plan name key, per table name and per marker (by sheet key). */
  readonly names: ReadonlyMap<string, string>;
  readonly tableNames: ReadonlyMap<string, string>;
  readonly markers: ReadonlyMap<string, string>;
  /** Sheets the add-in made earlier that this run replaces (only when asked to). */
  readonly replacedSheets: readonly string[];
  readonly removedNames: readonly string[];
}

const lower = (s: string) => s.toLocaleLowerCase('sv');

/**
 * Chooses final names: a wanted sheet name is used when free; when the add-in's own sheet has it and
 * `replaceOwnSheets` is set, that sheet is replaced; otherwise (a user's sheet, or no permission) the
 * new sheet gets the next free versioned name, `Avgift 2026 (2)`. Names, tables and markers of a
 * versioned sheet get the same suffix (`Sats_2026_2`). Excel compares names case-insensitively.
 */
export function resolveNames(plan: WorkbookPlan, existing: ExistingWorkbook, replaceOwnSheets: boolean): Resolution {
  const takenSheets = new Set(existing.sheets.map((s) => lower(s.name)));
  const takenNames = new Set(existing.names.map(lower));
  const sheetNames = new Map<string, string>();
  const versions = new Map<string, number>();
  const replacedSheets: string[] = [];
  const removedNames: string[] = [];

  for (const sheet of plan.sheets) {
    const wanted = safeSheetName(sheet.name);
    const current = existing.sheets.find((s) => lower(s.name) === lower(wanted));
    if (current && current.ours && replaceOwnSheets && !replacedSheets.includes(current.name)) {
      replacedSheets.push(current.name);
      for (const n of existing.namesOnSheet?.get(current.name) ?? []) {
        removedNames.push(n);
        takenNames.delete(lower(n));
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

  const claim = (base: string, version: number): string => {
    let v = version;
    let name = v === 1 ? base : `${base}_${v}`;
    while (takenNames.has(lower(name))) {
      v += 1;
      name = `${base}_${v}`;
    }
    takenNames.add(lower(name));
    return name;
  };

  const names = new Map<string, string>();
  for (const n of plan.names) names.set(n.key, claim(n.name, versions.get(n.sheetKey) ?? 1));
  const tableNames = new Map<string, string>();
  const markers = new Map<string, string>();
  for (const sheet of plan.sheets) {
    const version = versions.get(sheet.key)!;
    for (const t of sheet.tables ?? []) tableNames.set(t.name, claim(t.name, version));
    markers.set(sheet.key, claim(markerName(sheet.key), version));
  }
  return { sheetNames, names, tableNames, markers, replacedSheets, removedNames };
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
export function cellContent(cell: Cell, resolution: Pick<Resolution, 'sheetNames' | 'names'>): string | number | boolean | null {
  if (cell.formula !== undefined) return resolveFormula(cell.formula, resolution);
  return cell.value ?? null;
}

/** Which sheets a marker name formula points at: "='Avgift 2026'!$A$1" → "Avgift 2026". */
export function sheetOfReference(formula: string): string | undefined {
  const m = /^=?(?:'((?:[^']|'')+)'|([^!'=]+))!/.exec(formula.trim());
  if (!m) return undefined;
  return m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
}

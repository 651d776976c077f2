/**
 * A fake Excel host that behaves like Office.js where it matters for the add-in:
 * - a property read before `load()` and `context.sync()` throws PropertyNotLoaded;
 * - writes are queued and applied, in order, at `context.sync()` (and at the end of Excel.run);
 * - errors Excel would raise are raised at sync: a sheet name taken or invalid, a name or table name
 *   taken, a 2-D array whose size differs from the range, deleting the last sheet, an unknown item;
 * - a constant string that looks like a number becomes a number unless the cell is formatted as text
 *   (so writing "0127" before its `@` format is caught);
 * - it counts syncs, records every call and the bytes of data sent, and exposes the resulting
 *   workbook for assertions. It does not evaluate formulas (LibreOffice does that in the slow suite).
 * Browser-safe: no Node imports, so the end-to-end test page can inject it as window.Excel.
 */
import { columnIndex, columnLetters } from '../../src/domain/a1';
import type { ExcelApi, ExcelContext, Scalar } from '../../src/workbook/excelApi';

export interface FakeCell {
  value: Scalar;
  formula?: string;
  numberFormat: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  fontColor?: string;
  fill?: string;
  wrap?: boolean;
  borders?: string[];
}

export interface FakeSheet {
  name: string;
  cells: Map<string, FakeCell>;
  frozenRows: number;
  pageLayout: { orientation: string; paperSize: string; zoom: Record<string, number | undefined> };
  columnWidths: Map<number, number>;
  merges: string[];
  conditionalFormats: { address: string; formula: string; fontColor?: string; bold?: boolean; fill?: string }[];
}

export interface FakeState {
  sheets: FakeSheet[];
  names: Map<string, { formula: string; comment?: string }>;
  tables: Map<string, { sheet: FakeSheet; address: string; style: string }>;
  selection: { sheet: FakeSheet; address: string };
  active: FakeSheet;
}

export interface FakeExcel {
  readonly Excel: ExcelApi;
  readonly state: FakeState;
  /** context.sync() calls (including Excel.run's own final sync when work was pending). */
  syncs: number;
  readonly calls: string[];
  /** Bytes of JSON the add-in sent in writes: a stand-in for the request payload. */
  payloadBytes: number;
  /** The sheet by name, or undefined. */
  sheet(name: string): FakeSheet | undefined;
  /** A cell's value/formula/format by "Sheet!A1" or (sheet, "A1"). */
  cell(sheet: string, address: string): FakeCell | undefined;
  /** Values of a rectangular range as Excel would return them (formulas give their text here). */
  values(sheet: string, address: string): Scalar[][];
}

export interface FakeSetup {
  sheets?: { name: string; cells?: Record<string, Scalar> }[];
  names?: Record<string, string>;
  selection?: { sheet: string; address: string };
}

// ——— addresses ———
const colIndex = columnIndex;
const colLetters = columnLetters;
interface Box {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}
function parseBox(address: string): Box {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const parts = bare.replace(/\$/g, '').split(':');
  const whole = /^([A-Z]+)$/i;
  if (parts.length === 2 && whole.test(parts[0]!) && whole.test(parts[1]!)) {
    return { r0: 0, c0: colIndex(parts[0]!), r1: 1_048_575, c1: colIndex(parts[1]!) };
  }
  const cells = parts.map((p) => {
    const m = /^([A-Z]+)(\d+)$/i.exec(p);
    if (!m) throw fakeError('InvalidArgument', `Bad address ${address}`);
    return { r: Number(m[2]) - 1, c: colIndex(m[1]!) };
  });
  const [a, b = a] = cells as [{ r: number; c: number }, { r: number; c: number }?];
  return { r0: Math.min(a.r, b!.r), c0: Math.min(a.c, b!.c), r1: Math.max(a.r, b!.r), c1: Math.max(a.c, b!.c) };
}
const boxAddress = (b: Box) => `${colLetters(b.c0)}${b.r0 + 1}` + (b.r0 === b.r1 && b.c0 === b.c1 ? '' : `:${colLetters(b.c1)}${b.r1 + 1}`);
const quoteName = (name: string) => (/^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`);
const key = (r: number, c: number) => `${r}:${c}`;

function fakeError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code, name: 'RichApi.Error' });
}

const notLoaded = (property: string) =>
  fakeError('PropertyNotLoaded', `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);

function validSheetName(name: string) {
  if (!name || name.length > 31 || /[:\\/?*[\]]/.test(name) || /^'|'$/.test(name)) {
    throw fakeError('InvalidArgument', `Invalid sheet name: ${name}`);
  }
}

export function createFakeExcel(setup: FakeSetup = {}): FakeExcel {
  const newSheet = (name: string): FakeSheet => ({
    name,
    cells: new Map(),
    frozenRows: 0,
    pageLayout: { orientation: 'Portrait', paperSize: 'Letter', zoom: {} },
    columnWidths: new Map(),
    merges: [],
    conditionalFormats: [],
  });
  const sheets = (setup.sheets ?? [{ name: 'Blad1' }]).map((s) => {
    const sheet = newSheet(s.name);
    for (const [address, value] of Object.entries(s.cells ?? {})) {
      const { r0, c0 } = parseBox(address);
      sheet.cells.set(key(r0, c0), { value, numberFormat: 'General' });
    }
    return sheet;
  });
  const selectionSheet = sheets.find((s) => s.name === setup.selection?.sheet) ?? sheets[0]!;
  const state: FakeState = {
    sheets,
    names: new Map(Object.entries(setup.names ?? {}).map(([n, formula]) => [n, { formula }])),
    tables: new Map(),
    selection: { sheet: selectionSheet, address: setup.selection?.address ?? 'A1' },
    active: sheets[0]!,
  };

  const fake: FakeExcel = {
    state,
    syncs: 0,
    calls: [],
    payloadBytes: 0,
    Excel: { run: (batch) => run(batch) },
    sheet: (name) => state.sheets.find((s) => s.name === name),
    cell: (sheetName, address) => {
      const s = fake.sheet(sheetName);
      const { r0, c0 } = parseBox(address);
      return s?.cells.get(key(r0, c0));
    },
    values: (sheetName, address) => {
      const s = fake.sheet(sheetName)!;
      return readValues(s, parseBox(address));
    },
  };

  function readValues(sheet: FakeSheet, b: Box): Scalar[][] {
    const rows: Scalar[][] = [];
    for (let r = b.r0; r <= b.r1; r++) {
      const row: Scalar[] = [];
      for (let c = b.c0; c <= b.c1; c++) {
        const cell = sheet.cells.get(key(r, c));
        row.push(cell ? (cell.formula ?? cell.value ?? '') : '');
      }
      rows.push(row);
    }
    return rows;
  }

  async function run<T>(batch: (context: ExcelContext) => Promise<T>): Promise<T> {
    const queue: (() => void)[] = [];
    const sync = async () => {
      fake.syncs += 1;
      const ops = queue.splice(0);
      for (const op of ops) op();
    };
    const record = (call: string, data?: unknown) => {
      fake.calls.push(call);
      if (data !== undefined) fake.payloadBytes += JSON.stringify(data).length;
    };

    // A loadable proxy: `loaded` is filled at sync; reading an unloaded property throws.
    const loadable = <P extends object>(describe: string, snapshot: () => Record<string, unknown>, extra: P) => {
      const loaded: Record<string, unknown> = {};
      const requested = new Set<string>();
      const target = {
        load(props: string) {
          for (const p of props.split(',').map((s) => s.trim().split('/')[0]!).filter(Boolean)) requested.add(p);
          record(`${describe}.load(${props})`);
          queue.push(() => {
            const values = snapshot();
            for (const p of requested) loaded[p] = values[p];
          });
          return target;
        },
        ...extra,
      };
      return new Proxy(target, {
        get(t, prop, receiver) {
          if (typeof prop === 'string' && !(prop in t)) {
            if (prop in loaded) return loaded[prop];
            if (prop === 'then' || prop === 'toJSON') return undefined;
            throw notLoaded(prop);
          }
          return Reflect.get(t, prop, receiver);
        },
        set(t, prop, value) {
          if (typeof prop === 'string' && prop in t && typeof (t as Record<string, unknown>)[prop] === 'function') return false;
          const setter = (extra as Record<string, unknown>)[`set_${String(prop)}`];
          if (typeof setter === 'function') {
            setter(value);
            return true;
          }
          throw fakeError('NotImplemented', `The fake host does not support setting ${describe}.${String(prop)}`);
        },
      });
    };

    const sheetProxy = (describe: string, find: () => FakeSheet | null): any => {
      // Like Office.js, a proxy is bound to the object it first resolves to, so renaming a sheet
      // does not make an earlier getItem(name) point at another sheet of that name.
      let bound: FakeSheet | null = null;
      const resolve = () => {
        if (bound && state.sheets.includes(bound)) return bound;
        return (bound = find());
      };
      const must = () => {
        const s = resolve();
        if (!s) throw fakeError('ItemNotFound', `${describe} does not exist`);
        return s;
      };
      return loadable(describe, () => {
        const s = resolve();
        return { name: s?.name, isNullObject: !s };
      }, {
        set_name: (name: string) => {
          record(`${describe}.name = ${JSON.stringify(name)}`, name);
          queue.push(() => {
            validSheetName(name);
            const s = must();
            if (state.sheets.some((o) => o !== s && o.name.toLowerCase() === name.toLowerCase())) throw fakeError('InvalidArgument', `Sheet name taken: ${name}`);
            s.name = name;
          });
        },
        tables: {
          add(address: string, hasHeaders: boolean) {
            record(`${describe}.tables.add(${address}, ${hasHeaders})`);
            const holder: { name?: string } = {};
            queue.push(() => {
              const s = must();
              let n = 1;
              while (state.tables.has(`Table${n}`) || state.names.has(`Table${n}`)) n++;
              holder.name = `Table${n}`;
              state.tables.set(holder.name, { sheet: s, address: boxAddress(parseBox(address)), style: 'TableStyleMedium2' });
            });
            return tableProxy(`${describe}.tables[${address}]`, () => (holder.name ? { name: holder.name, ...state.tables.get(holder.name)! } : null), (name) => (holder.name = name));
          },
        },
        freezePanes: {
          freezeRows(count: number) {
            record(`${describe}.freezePanes.freezeRows(${count})`);
            queue.push(() => void (must().frozenRows = count));
          },
        },
        pageLayout: new Proxy({}, {
          set(_, prop, value) {
            record(`${describe}.pageLayout.${String(prop)} = ${JSON.stringify(value)}`, value);
            queue.push(() => void ((must().pageLayout as Record<string, unknown>)[String(prop)] = value));
            return true;
          },
        }),
        getRange: (address?: string) => rangeProxy(`${describe}.getRange(${address ?? ''})`, () => ({ sheet: must(), box: address ? parseBox(address) : { r0: 0, c0: 0, r1: 1_048_575, c1: 16_383 } })),
        getUsedRangeOrNullObject: (valuesOnly?: boolean) =>
          rangeProxy(`${describe}.getUsedRangeOrNullObject(${valuesOnly ?? ''})`, () => {
            const s = resolve();
            if (!s) return null;
            const filled = [...s.cells.entries()].filter(([, c]) => c.formula !== undefined || (c.value !== null && c.value !== ''));
            if (!filled.length) return null;
            const rc = filled.map(([k]) => k.split(':').map(Number) as [number, number]);
            return { sheet: s, box: { r0: Math.min(...rc.map((x) => x[0])), c0: Math.min(...rc.map((x) => x[1])), r1: Math.max(...rc.map((x) => x[0])), c1: Math.max(...rc.map((x) => x[1])) } };
          }),
        activate() {
          record(`${describe}.activate()`);
          queue.push(() => void (state.active = must()));
        },
        delete() {
          record(`${describe}.delete()`);
          queue.push(() => {
            const s = must();
            if (state.sheets.length === 1) throw fakeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
            state.sheets.splice(state.sheets.indexOf(s), 1);
            for (const [n, t] of state.tables) if (t.sheet === s) state.tables.delete(n);
            if (state.active === s) state.active = state.sheets[0]!;
          });
        },
      });
    };

    const rangeProxy = (describe: string, resolve: () => { sheet: FakeSheet; box: Box } | null): any => {
      const must = () => {
        const r = resolve();
        if (!r) throw fakeError('ItemNotFound', `${describe} does not exist`);
        return r;
      };
      const each = (fn: (cell: FakeCell, r: number, c: number) => void) => {
        const { sheet, box } = must();
        for (let r = box.r0; r <= box.r1; r++) {
          for (let c = box.c0; c <= box.c1; c++) {
            let cell = sheet.cells.get(key(r, c));
            if (!cell) sheet.cells.set(key(r, c), (cell = { value: '', numberFormat: 'General' }));
            fn(cell, r - box.r0, c - box.c0);
          }
        }
      };
      const write2d = (prop: 'values' | 'formulas' | 'numberFormat', data: Scalar[][]) => {
        record(`${describe}.${prop}`, data);
        queue.push(() => {
          const { box } = must();
          const rows = box.r1 - box.r0 + 1;
          const cols = box.c1 - box.c0 + 1;
          if (data.length !== rows || data.some((row) => row.length !== cols)) {
            throw fakeError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${describe}.${prop}).`);
          }
          each((cell, r, c) => {
            const v = data[r]![c]!;
            if (v === null || v === undefined) return; // null leaves the cell as it is
            if (prop === 'numberFormat') cell.numberFormat = String(v);
            else if (prop === 'formulas' && typeof v === 'string' && v.startsWith('=')) {
              cell.formula = v;
              cell.value = null;
            } else {
              delete cell.formula;
              if (typeof v === 'string' && v.startsWith("'")) cell.value = v.slice(1);
              else if (typeof v === 'string' && cell.numberFormat !== '@' && /^-?\d+(\.\d+)?$/.test(v)) cell.value = Number(v);
              else cell.value = v;
            }
          });
        });
      };
      const styleSetter = (prop: keyof FakeCell, label: string) => (value: unknown) => {
        record(`${describe}.format.${label} = ${JSON.stringify(value)}`, value);
        queue.push(() => each((cell) => void ((cell as unknown as Record<string, unknown>)[prop] = value)));
      };
      const settable = (setters: Record<string, (v: any) => void>, fixed: object = {}) =>
        new Proxy(fixed, {
          set(_, prop, value) {
            const s = setters[String(prop)];
            if (!s) throw fakeError('NotImplemented', `The fake host does not support ${describe}...${String(prop)}`);
            s(value);
            return true;
          },
        });
      return loadable(describe, () => {
        const r = resolve();
        if (!r) return { isNullObject: true };
        return { isNullObject: false, address: `${quoteName(r.sheet.name)}!${boxAddress(r.box)}`, values: readValues(r.sheet, r.box) };
      }, {
        set_values: (d: Scalar[][]) => write2d('values', d),
        set_formulas: (d: Scalar[][]) => write2d('formulas', d),
        set_numberFormat: (d: Scalar[][]) => write2d('numberFormat', d),
        worksheet: sheetProxy(`${describe}.worksheet`, () => resolve()?.sheet ?? null),
        format: settable(
          {
            columnWidth: (w: number) => {
              record(`${describe}.format.columnWidth = ${w}`, w);
              queue.push(() => {
                const { sheet, box } = must();
                for (let c = box.c0; c <= box.c1; c++) sheet.columnWidths.set(c, w);
              });
            },
            wrapText: styleSetter('wrap', 'wrapText'),
          },
          {
            font: settable({ bold: styleSetter('bold', 'font.bold'), italic: styleSetter('italic', 'font.italic'), size: styleSetter('size', 'font.size'), color: styleSetter('fontColor', 'font.color') }),
            fill: settable({ color: styleSetter('fill', 'fill.color') }),
            borders: {
              getItem: (edge: string) =>
                settable({
                  style: (style: string) => {
                    record(`${describe}.format.borders.${edge}.style = ${style}`, style);
                    queue.push(() => each((cell) => void (cell.borders = [...(cell.borders ?? []), edge])));
                  },
                }),
            },
          },
        ),
        conditionalFormats: {
          add(type: string) {
            record(`${describe}.conditionalFormats.add(${type})`);
            const cf: FakeSheet['conditionalFormats'][number] = { address: '', formula: '' };
            queue.push(() => {
              const { sheet, box } = must();
              cf.address = boxAddress(box);
              sheet.conditionalFormats.push(cf);
            });
            const set = (field: keyof typeof cf) => (v: unknown) => {
              record(`${describe}.conditionalFormat.${field} = ${JSON.stringify(v)}`, v);
              queue.push(() => void ((cf as Record<string, unknown>)[field] = v));
            };
            return { custom: { rule: settable({ formula: set('formula') }), format: { font: settable({ color: set('fontColor'), bold: set('bold') }), fill: settable({ color: set('fill') }) } } };
          },
        },
        merge() {
          record(`${describe}.merge()`);
          queue.push(() => {
            const { sheet, box } = must();
            sheet.merges.push(boxAddress(box));
          });
        },
        select() {
          record(`${describe}.select()`);
          queue.push(() => {
            const { sheet, box } = must();
            state.selection = { sheet, address: boxAddress(box) };
            state.active = sheet;
          });
        },
      });
    };

    const tableProxy = (describe: string, resolve: () => { name: string; sheet: FakeSheet; address: string; style: string } | null, rename?: (name: string) => void): any =>
      loadable(describe, () => {
        const t = resolve();
        return t ? { name: t.name, style: t.style, isNullObject: false } : { isNullObject: true };
      }, {
        set_name: (name: string) => {
          record(`${describe}.name = ${JSON.stringify(name)}`, name);
          queue.push(() => {
            const t = resolve();
            if (!t) throw fakeError('ItemNotFound', describe);
            if (state.tables.has(name) || state.names.has(name)) throw fakeError('InvalidArgument', `The name ${name} is already taken.`);
            const entry = state.tables.get(t.name)!;
            state.tables.delete(t.name);
            state.tables.set(name, entry);
            rename?.(name);
          });
        },
        set_style: (style: string) => {
          record(`${describe}.style = ${JSON.stringify(style)}`, style);
          queue.push(() => {
            const t = resolve();
            if (t) state.tables.get(t.name)!.style = style;
          });
        },
        worksheet: sheetProxy(`${describe}.worksheet`, () => resolve()?.sheet ?? null),
        getRange: () =>
          rangeProxy(`${describe}.getRange()`, () => {
            const t = resolve();
            return t ? { sheet: t.sheet, box: parseBox(t.address) } : null;
          }),
      });

    const findSheet = (name: string) => state.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;

    const worksheets = loadable('worksheets', () => ({ items: state.sheets.map((s) => sheetProxyLoaded(s)) }), {
      add(name: string) {
        record(`worksheets.add(${JSON.stringify(name)})`, name);
        const holder: { sheet: FakeSheet | null } = { sheet: null };
        queue.push(() => {
          validSheetName(name);
          if (findSheet(name)) throw fakeError('ItemAlreadyExists', `A sheet named ${name} already exists.`);
          holder.sheet = newSheet(name);
          state.sheets.push(holder.sheet);
        });
        return sheetProxy(`worksheet(${name})`, () => holder.sheet);
      },
      getItem: (name: string) => sheetProxy(`worksheet(${name})`, () => findSheet(name)),
      getItemOrNullObject: (name: string) => sheetProxy(`worksheet?(${name})`, () => findSheet(name)),
      getActiveWorksheet: () => sheetProxy('activeWorksheet', () => state.active),
    });

    /** An item of a loaded collection: its snapshot is taken at the sync that loads it. */
    function sheetProxyLoaded(s: FakeSheet) {
      const proxy = sheetProxy(`worksheet(${s.name})`, () => (state.sheets.includes(s) ? s : null));
      const name = s.name;
      return new Proxy(proxy, { get: (t, p, r) => (p === 'name' ? name : Reflect.get(t, p, r)) });
    }

    const names = loadable('names', () => ({
      items: [...state.names.entries()].map(([name, n]) => ({
        name,
        formula: n.formula,
        delete() {
          record(`names(${name}).delete()`);
          queue.push(() => void state.names.delete(name));
        },
      })),
    }), {
      add(name: string, reference: string, comment?: string) {
        record(`names.add(${JSON.stringify(name)}, ${JSON.stringify(reference)})`, [name, reference, comment]);
        queue.push(() => {
          if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name)) throw fakeError('InvalidArgument', `Invalid name ${name}`);
          if (state.names.has(name) || state.tables.has(name)) throw fakeError('ItemAlreadyExists', `The name ${name} already exists.`);
          state.names.set(name, { formula: reference, ...(comment ? { comment } : {}) });
        });
        return { name, formula: reference, delete() {} };
      },
    });

    const tables = loadable('tables', () => ({
      items: [...state.tables.entries()].map(([name, t]) => ({ name, style: t.style })),
    }), {
      getItem: (name: string) => tableProxy(`table(${name})`, () => (state.tables.has(name) ? { name, ...state.tables.get(name)! } : null)),
      getItemOrNullObject: (name: string) => tableProxy(`table?(${name})`, () => (state.tables.has(name) ? { name, ...state.tables.get(name)! } : null)),
    });

    const context: ExcelContext = {
      workbook: {
        worksheets: worksheets as never,
        names: names as never,
        tables: tables as never,
        getSelectedRange: () => rangeProxy('selectedRange', () => ({ sheet: state.selection.sheet, box: parseBox(state.selection.address) })),
      },
      sync,
    };
    const result = await batch(context);
    if (queue.length) await sync(); // Excel.run executes what is still queued when the batch returns
    return result;
  }

  return fake;
}

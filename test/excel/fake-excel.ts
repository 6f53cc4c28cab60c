/**
 * A strict Excel double for the adapter's tests, built on office-addin-mock's OfficeMockObject.
 *
 * OfficeMockObject keeps every proxy object's scalar properties and their load/sync state; on its own
 * it answers a read before load/sync with the string "Error, property was not loaded" / "Error,
 * context.sync() was not called". Here every such read THROWS, as Excel's PropertyNotLoaded does.
 * What the mock lacks is modelled after the documented Excel behaviour:
 * - a workbook model (sheets, cells, user formats, conditional formats, tables, charts, custom
 *   properties, settings, protection, selection);
 * - a queue: property writes and method calls are queued and run in order at `context.sync()`; loads
 *   take the values as they are at that point of the batch; a failing command fails the sync and drops
 *   the rest of the batch (what ran before stays, as in Excel);
 * - *OrNullObject, collections with `items`, RangeAreas from getRanges (addresses over 8,192 characters
 *   are truncated silently, as Excel does), conditional formats whose id is their position;
 * - Excel on the web's limits: a sync whose request (the JSON of every queued write's arguments, plus
 *   REQUEST_ACTION_BYTES a write for its envelope) passes 5 MB fails with RequestPayloadSizeLimitExceeded
 *   before anything runs; a sync over 5 MB of response fails with ResponsePayloadSizeLimitExceeded; a
 *   range read over 5,000,000 cells gives `values` null;
 * - text written to a cell: a string starting with = + - @ becomes a formula unless the cell's number
 *   format is text ('@').
 * Every sync is counted, every write recorded.
 */
import { OfficeMockObject } from 'office-addin-mock';

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
export const READ_CELL_CAP = 5_000_000;
/** What one write adds to a request beyond its arguments (the action and its object path, as JSON). */
export const REQUEST_ACTION_BYTES = 256;

/** UTF-8 bytes of a value as JSON (proxy objects as {}). */
export function jsonSize(value: unknown): number {
  const json =
    JSON.stringify(value ?? null, (_k, v: unknown) => (v instanceof FakeObject ? {} : v)) ?? 'null';
  return Buffer.byteLength(json, 'utf8');
}

export class OfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'RichApi.Error';
  }
}

// ------------------------------------------------------------------ model

export interface CellModel {
  value: string | number | boolean;
  formula?: string;
  /** Set for error values (#N/A…). */
  error?: boolean;
  numberFormat: string;
  fill: string | null;
  bold: boolean;
  fontSize: number;
  hyperlink?: { documentReference?: string; address?: string; textToDisplay?: string };
}

export interface Area {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface CfModel {
  areas: Area[];
  type: string;
  formula: string | null;
  fill: string | null;
}

export interface TableModel {
  name: string;
  area: Area;
}

export interface ChartModel {
  name: string;
  type: string;
  title: string;
  source: string;
  categories: string | null;
}

export class SheetModel {
  cells = new Map<string, CellModel>();
  protected = false;
  cfs: CfModel[] = [];
  tables: TableModel[] = [];
  charts: ChartModel[] = [];
  props = new Map<string, string>();
  frozenRows = 0;
  colWidths = new Map<number, number>();
  constructor(
    readonly id: string,
    public name: string,
  ) {}

  cell(r: number, c: number): CellModel | undefined {
    return this.cells.get(`${r},${c}`);
  }

  ensure(r: number, c: number): CellModel {
    let cell = this.cells.get(`${r},${c}`);
    if (!cell) {
      cell = { value: '', numberFormat: 'General', fill: null, bold: false, fontSize: 11 };
      this.cells.set(`${r},${c}`, cell);
    }
    return cell;
  }

  /** Sets cell values as a user typing them would (no formula check: test data). */
  put(r: number, c: number, value: string | number | boolean, extra: Partial<CellModel> = {}): void {
    Object.assign(this.ensure(r, c), { value }, extra);
  }

  /** A deep copy of everything the user owns: values, formats, conditional formats. */
  snapshot(): unknown {
    return JSON.parse(
      JSON.stringify({
        cells: [...this.cells.entries()].sort(([a], [b]) => a.localeCompare(b)),
        cfs: this.cfs,
        tables: this.tables,
        charts: this.charts,
        props: [...this.props],
        name: this.name,
      }),
    );
  }
}

export interface WriteRecord {
  readonly kind: 'set' | 'call';
  readonly target: string;
  readonly member: string;
  readonly sheet: string | null;
  readonly args: unknown;
}

export class WorkbookModel {
  sheets: SheetModel[] = [];
  activeId = '';
  selection: { sheet: string; address: string } | null = null;
  settings = new Map<string, unknown>();
  protected = false;
  syncs = 0;
  runs: Array<{ mergeUndoGroup?: boolean } | null> = [];
  writes: WriteRecord[] = [];
  /** Response bytes of every sync. */
  responseBytes: number[] = [];
  /** Request bytes of every sync (queued writes as JSON, REQUEST_ACTION_BYTES each for the envelope). */
  requestBytes: number[] = [];
  /** Request sizes of syncs Excel on the web would refuse (over 5 MB). */
  rejectedRequestBytes: number[] = [];
  /** Response sizes of syncs Excel on the web would refuse (over 5 MB). */
  rejectedBytes: number[] = [];
  /** Areas per getRanges() call, and the address lengths. */
  getRangesCalls: Array<{ areas: number; chars: number }> = [];
  /** Make a command fail at sync (e.g. simulate a lost connection midway). */
  failWhen: ((write: WriteRecord) => OfficeError | null) | null = null;
  private nextId = 1;

  addSheet(name: string): SheetModel {
    const s = new SheetModel(`{sheet-${this.nextId++}}`, name);
    this.sheets.push(s);
    if (!this.activeId) this.activeId = s.id;
    return s;
  }

  sheet(nameOrId: string): SheetModel | undefined {
    const k = nameOrId.toLowerCase();
    return this.sheets.find((s) => s.id === nameOrId || s.name.toLowerCase() === k);
  }

  active(): SheetModel {
    const s = this.sheets.find((x) => x.id === this.activeId);
    if (!s) throw new OfficeError('ItemNotFound', 'no active sheet');
    return s;
  }
}

// ------------------------------------------------------------------ addresses

export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function colLetters(c: number): string {
  let s = '';
  let n = c + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function parseArea(address: string): Area {
  const a = address.replace(/\$/g, '').replace(/^.*!/, '').trim().toUpperCase();
  const part = (p: string) => {
    const m = /^([A-Z]{1,3})?(\d{1,7})?$/.exec(p);
    if (!m || (!m[1] && !m[2])) throw new OfficeError('InvalidArgument', `bad address ${address}`);
    return { c: m[1] ? colIndex(m[1]) : null, r: m[2] ? Number(m[2]) - 1 : null };
  };
  const [f, t] = a.split(':');
  const p = part(f);
  const q = t ? part(t) : p;
  const area = {
    r0: p.r ?? 0,
    c0: p.c ?? 0,
    r1: q.r ?? (p.r === null ? MAX_ROWS - 1 : p.r),
    c1: q.c ?? (p.c === null ? MAX_COLS - 1 : p.c),
  };
  if (area.r1 < area.r0 || area.c1 < area.c0 || area.r1 >= MAX_ROWS || area.c1 >= MAX_COLS)
    throw new OfficeError('InvalidArgument', `bad address ${address}`);
  return area;
}

export function areaAddress(a: Area): string {
  const from = `${colLetters(a.c0)}${a.r0 + 1}`;
  const to = `${colLetters(a.c1)}${a.r1 + 1}`;
  return from === to ? from : `${from}:${to}`;
}

const intersects = (a: Area, b: Area) => a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;

// ------------------------------------------------------------------ proxies

/** OfficeMockObject.setValue is documented ("Sets a property…") but typed private. */
interface MockApi {
  setValue(name: string, value: unknown): void;
}
const mockApi = (m: OfficeMockObject) => m as unknown as MockApi;

type Op = { write?: WriteRecord; run: () => void };

/** One Excel.run's request context. */
export class FakeContext {
  readonly workbook: FakeObject;
  private queue: Op[] = [];
  private staged: Array<() => void> = [];
  private stagedBytes = 0;
  private touched = new Set<FakeObject>();

  constructor(readonly model: WorkbookModel) {
    this.workbook = workbookProxy(this);
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  record(write: WriteRecord, run: () => void): void {
    this.model.writes.push(write);
    this.enqueue({ write, run });
  }

  /** Stages a loaded value; applied to the mock when the whole batch has succeeded. */
  stage(obj: FakeObject, prop: string, value: unknown): void {
    this.stagedBytes += jsonSize(value);
    this.touched.add(obj);
    this.staged.push(() => mockApi(obj.mock).setValue(prop, value));
  }

  async sync(): Promise<void> {
    this.model.syncs++;
    const ops = this.queue;
    this.staged = [];
    this.queue = [];
    this.stagedBytes = 0;
    this.touched = new Set();
    let request = 0;
    for (const op of ops) if (op.write) request += REQUEST_ACTION_BYTES + jsonSize(op.write.args);
    if (request > PAYLOAD_LIMIT) {
      this.model.rejectedRequestBytes.push(request);
      throw new OfficeError('RequestPayloadSizeLimitExceeded', `${request} bytes`);
    }
    this.model.requestBytes.push(request);
    for (const op of ops) {
      const fail = op.write && this.model.failWhen ? this.model.failWhen(op.write) : null;
      if (fail) throw fail;
      op.run();
    }
    if (this.stagedBytes > PAYLOAD_LIMIT) this.model.rejectedBytes.push(this.stagedBytes);
    else this.model.responseBytes.push(this.stagedBytes);
    if (this.stagedBytes > PAYLOAD_LIMIT)
      throw new OfficeError('ResponsePayloadSizeLimitExceeded', `${this.stagedBytes} bytes`);
    for (const apply of this.staged) apply();
    // office-addin-mock: load then sync each staged property so reads return the values.
    for (const obj of this.touched) {
      for (const p of obj.stagedProps) obj.mock.load(p);
      obj.stagedProps.clear();
      await obj.mock.sync();
    }
    await new Promise((r) => setImmediate(r));
  }
}

export function isMockError(v: unknown): boolean {
  return v === 'Error, property was not loaded' || v === 'Error, context.sync() was not called';
}

interface Spec {
  cls: string;
  /** Scalar properties: evaluated when a load runs in the batch. */
  scalars: Record<string, () => unknown>;
  /** Writable properties. */
  setters?: Record<string, (v: unknown) => void>;
  /** Navigation properties (created once). */
  nav?: Record<string, () => FakeObject>;
  methods?: Record<string, (...args: never[]) => unknown>;
  /** For collections: the items (created at load time). */
  items?: () => FakeObject[];
  /** For *OrNullObject: whether the object exists (evaluated in the batch). */
  exists?: () => boolean;
  sheet?: () => string | null;
  /** For ranges: the cells they cover. */
  area?: () => Area;
}

/** A proxy object: scalars in an OfficeMockObject, strict reads, queued writes. */
export class FakeObject {
  readonly mock: OfficeMockObject;
  readonly stagedProps = new Set<string>();
  private navCache = new Map<string, FakeObject>();
  /** The proxy that stands for this object (navigation goes through it). */
  proxyRef!: FakeObject;

  constructor(
    readonly ctx: FakeContext,
    readonly spec: Spec,
  ) {
    const data: Record<string, unknown> = {};
    for (const k of Object.keys(spec.scalars)) data[k] = undefined;
    if (spec.items) data.items = undefined;
    data.isNullObject = undefined;
    this.mock = new OfficeMockObject(data);
    // The mock's constructor only stores the values; make every property "not loaded" again.
    for (const k of Object.keys(data)) mockApi(this.mock).setValue(k, null);
    if (spec.exists) {
      const exists = spec.exists;
      ctx.enqueue({ run: () => this.stageValue('isNullObject', !safeExists(exists)) });
    }
    const proxy = new Proxy(this, {
      get(target, prop, receiver) {
        if (typeof prop !== 'string') return Reflect.get(target, prop, receiver);
        if (prop in target.spec.scalars || prop === 'items' || prop === 'isNullObject') {
          if (prop === 'items' && !target.spec.items) return undefined;
          const v = (target.mock as unknown as Record<string, unknown>)[prop];
          if (isMockError(v)) throw new Error(`PropertyNotLoaded: ${target.spec.cls}.${prop} (${String(v)})`);
          return v;
        }
        if (target.spec.nav && prop in target.spec.nav) {
          let n = target.navCache.get(prop);
          if (!n) {
            n = target.spec.nav[prop]();
            target.navCache.set(prop, n);
          }
          return n;
        }
        if (target.spec.methods && prop in target.spec.methods) return target.spec.methods[prop];
        if (prop === 'load') return (arg: unknown) => target.load(arg);
        return Reflect.get(target, prop, receiver);
      },
      set(target, prop, value) {
        if (typeof prop === 'string' && target.spec.setters && prop in target.spec.setters) {
          const setter = target.spec.setters[prop];
          ctx.record(
            {
              kind: 'set',
              target: target.spec.cls,
              member: prop,
              sheet: target.spec.sheet ? safeSheet(target.spec.sheet) : null,
              args: value,
            },
            () => setter(value),
          );
          return true;
        }
        throw new TypeError(`${target.spec.cls}.${String(prop)} is read-only`);
      },
    });
    this.proxyRef = proxy;
    return proxy;
  }

  stageValue(prop: string, value: unknown): void {
    this.stagedProps.add(prop);
    this.ctx.stage(this, prop, value);
  }

  isNull(): boolean {
    return this.spec.exists ? !safeExists(this.spec.exists) : false;
  }

  load(arg: unknown): this {
    let paths: string[];
    if (arg === undefined) throw new Error('a bare load() is not allowed in this project');
    if (typeof arg === 'string') paths = arg.split(',');
    else if (Array.isArray(arg)) paths = arg as string[];
    else throw new Error('load options objects are not supported by the fake');
    paths = paths.map((p) => p.trim()).filter(Boolean);
    const direct: string[] = [];
    const itemPaths: string[] = [];
    for (const p of paths) {
      const parts = p.split('/');
      if (parts[0] === 'items') itemPaths.push(parts.slice(1).join('/'));
      else if (parts.length > 1)
        (this.proxyRef as unknown as Record<string, FakeObject>)[parts[0]].load(parts.slice(1).join('/'));
      else {
        if (!(p in this.spec.scalars)) throw new Error(`${this.spec.cls} has no property ${p}`);
        direct.push(p);
      }
    }
    for (const p of direct) this.mock.load(p);
    if (itemPaths.length) {
      if (!this.spec.items) throw new Error(`${this.spec.cls} is not a collection`);
      this.mock.load('items');
    }
    this.ctx.enqueue({
      run: () => {
        const isNull = this.isNull();
        for (const p of direct) this.stageValue(p, isNull ? null : this.spec.scalars[p]());
        if (itemPaths.length && this.spec.items) {
          const items = isNull ? [] : this.spec.items();
          for (const item of items) {
            for (const ip of itemPaths) item.loadNow(ip);
          }
          this.stageValue('items', items);
        }
      },
    });
    return this;
  }

  /** Loads a path on an item created during a batch (values taken at once). */
  loadNow(path: string): void {
    const parts = path.split('/');
    if (parts.length > 1) {
      (this.proxyRef as unknown as Record<string, FakeObject>)[parts[0]].loadNow(parts.slice(1).join('/'));
      return;
    }
    if (!(path in this.spec.scalars)) throw new Error(`${this.spec.cls} has no property ${path}`);
    this.stageValue(path, this.spec.scalars[path]());
  }
}

function safeExists(f: () => boolean): boolean {
  try {
    return f();
  } catch (e) {
    if (e instanceof OfficeError && e.code === 'ItemNotFound') return false;
    throw e;
  }
}

// ------------------------------------------------------------------ object model

function callOp(
  ctx: FakeContext,
  cls: string,
  member: string,
  sheet: () => string | null,
  args: unknown,
  run: () => void,
): void {
  ctx.record({ kind: 'call', target: cls, member, sheet: safeSheet(sheet), args }, run);
}

function safeSheet(f: () => string | null): string | null {
  try {
    return f();
  } catch {
    return null;
  }
}

function workbookProxy(ctx: FakeContext): FakeObject {
  const m = ctx.model;
  return new FakeObject(ctx, {
    cls: 'Workbook',
    scalars: {},
    nav: {
      worksheets: () => worksheetCollection(ctx),
      settings: () => settingCollection(ctx),
      protection: () =>
        new FakeObject(ctx, { cls: 'WorkbookProtection', scalars: { protected: () => m.protected } }),
      tables: () =>
        new FakeObject(ctx, {
          cls: 'TableCollection',
          scalars: {},
          items: () => m.sheets.flatMap((s) => s.tables.map((t) => tableProxy(ctx, () => s, t.name))),
        }),
    },
  });
}

function settingCollection(ctx: FakeContext): FakeObject {
  const m = ctx.model;
  return new FakeObject(ctx, {
    cls: 'SettingCollection',
    scalars: {},
    methods: {
      getItemOrNullObject: (key: string) =>
        new FakeObject(ctx, {
          cls: 'Setting',
          scalars: { key: () => key, value: () => m.settings.get(key) },
          exists: () => m.settings.has(key),
        }),
      add: (key: string, value: unknown) =>
        callOp(
          ctx,
          'SettingCollection',
          'add',
          () => null,
          [key, value],
          () => m.settings.set(key, JSON.parse(JSON.stringify(value))),
        ),
    },
  });
}

function worksheetCollection(ctx: FakeContext): FakeObject {
  const m = ctx.model;
  const byKey = (key: string) => () => {
    const s = m.sheet(key);
    if (!s) throw new OfficeError('ItemNotFound', `no sheet ${key}`);
    return s;
  };
  return new FakeObject(ctx, {
    cls: 'WorksheetCollection',
    scalars: {},
    items: () => m.sheets.map((s) => worksheetProxy(ctx, () => s)),
    methods: {
      getActiveWorksheet: () => worksheetProxy(ctx, () => m.active()),
      getItem: (key: string) => {
        const resolve = byKey(key);
        ctx.enqueue({ run: () => void resolve() });
        return worksheetProxy(ctx, resolve);
      },
      getItemOrNullObject: (key: string) => worksheetProxy(ctx, byKey(key), true),
      add: (name: string) => {
        let created: SheetModel | null = null;
        callOp(
          ctx,
          'WorksheetCollection',
          'add',
          () => name,
          name,
          () => {
            if (m.protected) throw new OfficeError('InvalidOperation', 'The workbook is protected');
            if (m.sheet(name)) throw new OfficeError('ItemAlreadyExists', `sheet ${name} exists`);
            created = m.addSheet(name);
          },
        );
        return worksheetProxy(ctx, () => {
          if (!created) throw new OfficeError('ItemNotFound', 'sheet not created');
          return created;
        });
      },
    },
  });
}

function guardWrite(sheet: SheetModel): void {
  if (sheet.protected) throw new OfficeError('AccessDenied', `The sheet ${sheet.name} is protected`);
}

function worksheetProxy(ctx: FakeContext, resolve: () => SheetModel, nullable = false): FakeObject {
  const m = ctx.model;
  const sheetName = () => resolve().name;
  const rangeOf = (area: () => Area | null, nullableRange = false) =>
    rangeProxy(ctx, resolve, area, nullableRange);
  return new FakeObject(ctx, {
    cls: 'Worksheet',
    sheet: sheetName,
    scalars: { name: () => resolve().name, id: () => resolve().id },
    exists: nullable ? () => !!resolve() : undefined,
    nav: {
      protection: () =>
        new FakeObject(ctx, {
          cls: 'WorksheetProtection',
          scalars: { protected: () => resolve().protected },
        }),
      tables: () =>
        new FakeObject(ctx, {
          cls: 'TableCollection',
          scalars: {},
          items: () => resolve().tables.map((t) => tableProxy(ctx, resolve, t.name)),
          methods: {
            add: (address: string, hasHeaders: boolean) => {
              const holder: { name: string | null } = { name: null };
              callOp(ctx, 'TableCollection', 'add', sheetName, [address, hasHeaders], () => {
                const s = resolve();
                guardWrite(s);
                const area = parseArea(address);
                const all = m.sheets.flatMap((x) => x.tables);
                if (s.tables.some((t) => intersects(t.area, area)))
                  throw new OfficeError('InvalidOperation', 'tables overlap');
                let n = all.length + 1;
                while (all.some((t) => t.name === `Table${n}`)) n++;
                holder.name = `Table${n}`;
                s.tables.push({ name: holder.name, area });
                for (let c = area.c0; c <= area.c1; c++) {
                  const h = s.ensure(area.r0, c);
                  if (h.value === '') h.value = `Column${c - area.c0 + 1}`;
                }
              });
              return tableProxy(ctx, resolve, () => holder.name);
            },
          },
        }),
      charts: () =>
        new FakeObject(ctx, {
          cls: 'ChartCollection',
          scalars: {},
          items: () => resolve().charts.map((c) => chartProxy(ctx, resolve, c)),
          methods: {
            add: (type: string, source: FakeObject, seriesBy: string) => {
              const chart: ChartModel = { name: '', type, title: '', source: '', categories: null };
              callOp(ctx, 'ChartCollection', 'add', sheetName, [type, seriesBy], () => {
                const s = resolve();
                guardWrite(s);
                chart.source = areaAddress(rangeArea(source));
                chart.name = `Chart ${s.charts.length + 1}`;
                s.charts.push(chart);
              });
              return chartProxy(ctx, resolve, chart);
            },
          },
        }),
      customProperties: () =>
        new FakeObject(ctx, {
          cls: 'WorksheetCustomPropertyCollection',
          scalars: {},
          methods: {
            getItemOrNullObject: (key: string) =>
              new FakeObject(ctx, {
                cls: 'WorksheetCustomProperty',
                scalars: { key: () => key, value: () => resolve().props.get(key) },
                exists: () => resolve().props.has(key),
              }),
            add: (key: string, value: string) =>
              callOp(ctx, 'WorksheetCustomPropertyCollection', 'add', sheetName, [key, value], () =>
                resolve().props.set(key, value),
              ),
          },
        }),
      freezePanes: () =>
        new FakeObject(ctx, {
          cls: 'WorksheetFreezePanes',
          scalars: {},
          methods: {
            freezeRows: (n: number) =>
              callOp(ctx, 'WorksheetFreezePanes', 'freezeRows', sheetName, n, () => {
                resolve().frozenRows = n;
              }),
            unfreeze: () =>
              callOp(ctx, 'WorksheetFreezePanes', 'unfreeze', sheetName, null, () => {
                resolve().frozenRows = 0;
              }),
          },
        }),
    },
    methods: {
      activate: () =>
        callOp(ctx, 'Worksheet', 'activate', sheetName, null, () => {
          m.activeId = resolve().id;
        }),
      delete: () =>
        callOp(ctx, 'Worksheet', 'delete', sheetName, null, () => {
          const s = resolve();
          if (m.protected) throw new OfficeError('InvalidOperation', 'The workbook is protected');
          m.sheets = m.sheets.filter((x) => x !== s);
          if (m.activeId === s.id) m.activeId = m.sheets[0]?.id ?? '';
        }),
      getRange: (address?: string) =>
        rangeOf(() =>
          address === undefined ? { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLS - 1 } : parseArea(address),
        ),
      getRangeByIndexes: (r: number, c: number, rc: number, cc: number) =>
        rangeOf(() => ({ r0: r, c0: c, r1: r + rc - 1, c1: c + cc - 1 })),
      getUsedRangeOrNullObject: (valuesOnly?: boolean) =>
        rangeOf(() => {
          const s = resolve();
          let box: Area | null = null;
          for (const [k, cell] of s.cells) {
            if (valuesOnly !== true ? false : cell.value === '' && !cell.formula) continue;
            const [r, c] = k.split(',').map(Number);
            box = box
              ? {
                  r0: Math.min(box.r0, r),
                  c0: Math.min(box.c0, c),
                  r1: Math.max(box.r1, r),
                  c1: Math.max(box.c1, c),
                }
              : { r0: r, c0: c, r1: r, c1: c };
          }
          return box;
        }, true),
      getRanges: (address: string) => {
        // Excel truncates longer addresses silently.
        const text = address.slice(0, 8192);
        const parts = text.split(',').filter((p) => p.trim());
        m.getRangesCalls.push({ areas: parts.length, chars: address.length });
        return rangeAreasProxy(ctx, resolve, () => parts.map(parseArea));
      },
    },
  });
}

function tableProxy(
  ctx: FakeContext,
  sheet: () => SheetModel,
  name: string | (() => string | null),
): FakeObject {
  const m = ctx.model;
  const current = { name: typeof name === 'string' ? name : null };
  const getName = () => current.name ?? (typeof name === 'function' ? name() : null);
  const find = () => {
    const n = getName();
    const t = sheet().tables.find((x) => x.name === n);
    if (!t) throw new OfficeError('ItemNotFound', `no table ${n}`);
    return t;
  };
  return new FakeObject(ctx, {
    cls: 'Table',
    sheet: () => sheet().name,
    scalars: { name: () => find().name, id: () => find().name },
    nav: { worksheet: () => worksheetProxy(ctx, sheet) },
    setters: {
      name: (v) => {
        const t = find();
        if (
          m.sheets.some((s) =>
            s.tables.some((x) => x !== t && x.name.toLowerCase() === String(v).toLowerCase()),
          )
        )
          throw new OfficeError('InvalidArgument', `table name ${String(v)} taken`);
        t.name = String(v);
        current.name = t.name;
      },
      showFilterButton: () => undefined,
    },
    methods: {
      delete: () =>
        callOp(
          ctx,
          'Table',
          'delete',
          () => sheet().name,
          getName(),
          () => {
            const s = sheet();
            guardWrite(s);
            const t = find();
            s.tables = s.tables.filter((x) => x !== t);
          },
        ),
    },
  });
}

function chartProxy(ctx: FakeContext, sheet: () => SheetModel, chart: ChartModel): FakeObject {
  const sheetName = () => sheet().name;
  return new FakeObject(ctx, {
    cls: 'Chart',
    sheet: sheetName,
    scalars: { name: () => chart.name },
    setters: { name: (v) => void (chart.name = String(v)) },
    nav: {
      title: () =>
        new FakeObject(ctx, {
          cls: 'ChartTitle',
          scalars: {},
          setters: { text: (v) => void (chart.title = String(v)) },
        }),
      legend: () =>
        new FakeObject(ctx, { cls: 'ChartLegend', scalars: {}, setters: { visible: () => undefined } }),
      series: () =>
        new FakeObject(ctx, {
          cls: 'ChartSeriesCollection',
          scalars: {},
          methods: {
            getItemAt: () =>
              new FakeObject(ctx, {
                cls: 'ChartSeries',
                scalars: {},
                methods: {
                  setXAxisValues: (r: FakeObject) =>
                    callOp(ctx, 'ChartSeries', 'setXAxisValues', sheetName, null, () => {
                      chart.categories = areaAddress(rangeArea(r));
                    }),
                },
              }),
          },
        }),
    },
    methods: {
      setPosition: (from: string, to: string) =>
        callOp(ctx, 'Chart', 'setPosition', sheetName, [from, to], () => undefined),
      delete: () =>
        callOp(ctx, 'Chart', 'delete', sheetName, chart.name, () => {
          const s = sheet();
          guardWrite(s);
          s.charts = s.charts.filter((c) => c !== chart);
        }),
    },
  });
}

function rangeArea(r: FakeObject): Area {
  if (!r.spec.area) throw new OfficeError('InvalidArgument', 'not a range');
  return r.spec.area();
}

function matrix<T>(area: Area, f: (r: number, c: number) => T): T[][] {
  const out: T[][] = [];
  for (let r = area.r0; r <= area.r1; r++) {
    const row: T[] = [];
    for (let c = area.c0; c <= area.c1; c++) row.push(f(r, c));
    out.push(row);
  }
  return out;
}

function cellCount(a: Area): number {
  return (a.r1 - a.r0 + 1) * (a.c1 - a.c0 + 1);
}

/** Writes a 2-D value (or one value broadcast) into every cell of the area. */
function eachCell(area: Area, v: unknown, f: (r: number, c: number, x: unknown) => void): void {
  const rows = area.r1 - area.r0 + 1;
  const cols = area.c1 - area.c0 + 1;
  if (Array.isArray(v)) {
    if (v.length !== rows || (v as unknown[][]).some((r) => !Array.isArray(r) || r.length !== cols))
      throw new OfficeError('InvalidArgument', `dimensions ${rows}x${cols} do not match`);
  }
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++)
      f(area.r0 + r, area.c0 + c, Array.isArray(v) ? (v as unknown[][])[r][c] : v);
}

function rangeProxy(
  ctx: FakeContext,
  sheet: () => SheetModel,
  areaOf: () => Area | null,
  nullable = false,
): FakeObject {
  const area = () => {
    const a = areaOf();
    if (!a) throw new OfficeError('ItemNotFound', 'null range');
    return a;
  };
  const sheetName = () => sheet().name;
  const cellOr = (r: number, c: number) => sheet().cell(r, c);
  const read = <T>(f: (cell: CellModel | undefined) => T) => {
    const a = area();
    if (cellCount(a) > READ_CELL_CAP) return null;
    return matrix(a, (r, c) => f(cellOr(r, c)));
  };
  const write = (f: (cell: CellModel, x: unknown) => void) => (v: unknown) => {
    const s = sheet();
    guardWrite(s);
    eachCell(area(), v, (r, c, x) => f(s.ensure(r, c), x));
  };
  const obj: FakeObject = new FakeObject(ctx, {
    cls: 'Range',
    sheet: sheetName,
    area,
    exists: nullable ? () => areaOf() !== null : undefined,
    scalars: {
      address: () => `${sheet().name}!${areaAddress(area())}`,
      rowIndex: () => area().r0,
      columnIndex: () => area().c0,
      rowCount: () => area().r1 - area().r0 + 1,
      columnCount: () => area().c1 - area().c0 + 1,
      values: () => read((cell) => (cell ? cell.value : '')),
      numberFormat: () => read((cell) => (cell ? cell.numberFormat : 'General')),
      valueTypes: () =>
        read((cell) =>
          !cell || cell.value === ''
            ? 'Empty'
            : cell.error
              ? 'Error'
              : typeof cell.value === 'number'
                ? 'Double'
                : typeof cell.value === 'boolean'
                  ? 'Boolean'
                  : 'String',
        ),
      formulas: () => read((cell) => (cell ? (cell.formula ?? cell.value) : '')),
    },
    setters: {
      numberFormat: write((cell, x) => {
        cell.numberFormat = String(x);
      }),
      values: write((cell, x) => {
        if (
          typeof x === 'string' &&
          /^[=+\-@]/.test(x.replace(/^[\t\r\n]+/, '')) &&
          cell.numberFormat !== '@'
        ) {
          cell.formula = x.startsWith('=') ? x : `=${x}`;
          cell.value = '#NAME?';
          cell.error = true;
          return;
        }
        delete cell.formula;
        delete cell.error;
        cell.value = x as string | number | boolean;
      }),
      hyperlink: write((cell, x) => {
        cell.hyperlink = x as CellModel['hyperlink'];
        const text = (x as { textToDisplay?: string }).textToDisplay;
        if (text !== undefined) cell.value = text;
      }),
    },
    nav: {
      format: () =>
        new FakeObject(ctx, {
          cls: 'RangeFormat',
          sheet: sheetName,
          scalars: {},
          setters: {
            columnWidth: (v) => {
              const s = sheet();
              guardWrite(s);
              for (let c = area().c0; c <= area().c1; c++) s.colWidths.set(c, Number(v));
            },
          },
          nav: {
            font: () =>
              new FakeObject(ctx, {
                cls: 'RangeFont',
                sheet: sheetName,
                scalars: {},
                setters: {
                  bold: write((cell, x) => void (cell.bold = Boolean(x))),
                  size: write((cell, x) => void (cell.fontSize = Number(x))),
                },
              }),
            fill: () =>
              new FakeObject(ctx, {
                cls: 'RangeFill',
                sheet: sheetName,
                scalars: {},
                setters: { color: write((cell, x) => void (cell.fill = String(x))) },
              }),
          },
        }),
      conditionalFormats: () => conditionalFormatCollection(ctx, sheet, () => [area()]),
    },
    methods: {
      clear: (applyTo?: string) =>
        callOp(ctx, 'Range', 'clear', sheetName, applyTo ?? 'All', () => {
          const s = sheet();
          guardWrite(s);
          const a = area();
          for (const k of [...s.cells.keys()]) {
            const [r, c] = k.split(',').map(Number);
            if (r >= a.r0 && r <= a.r1 && c >= a.c0 && c <= a.c1) s.cells.delete(k);
          }
        }),
      select: () =>
        callOp(ctx, 'Range', 'select', sheetName, null, () => {
          const s = sheet();
          if (s.id !== ctx.model.activeId)
            throw new OfficeError('InvalidSelection', 'the range is not on the active sheet');
          ctx.model.selection = { sheet: s.name, address: areaAddress(area()) };
        }),
      getSpecialCellsOrNullObject: (type: string, valueType?: string) => {
        const cells = () => {
          const s = sheet();
          const a = area();
          const out: Area[] = [];
          for (const [k, cell] of s.cells) {
            const [r, c] = k.split(',').map(Number);
            if (r < a.r0 || r > a.r1 || c < a.c0 || c > a.c1) continue;
            if (type === 'Formulas' && cell.formula && (valueType !== 'Errors' || cell.error))
              out.push({ r0: r, c0: c, r1: r, c1: c });
          }
          return out;
        };
        return rangeAreasProxy(ctx, sheet, cells, true);
      },
    },
  });
  return obj;
}

function rangeAreasProxy(
  ctx: FakeContext,
  sheet: () => SheetModel,
  areasOf: () => Area[],
  nullable = false,
): FakeObject {
  return new FakeObject(ctx, {
    cls: 'RangeAreas',
    sheet: () => sheet().name,
    scalars: { address: () => areasOf().map(areaAddress).join(','), areaCount: () => areasOf().length },
    exists: nullable ? () => areasOf().length > 0 : undefined,
    nav: {
      areas: () =>
        new FakeObject(ctx, {
          cls: 'RangeCollection',
          scalars: {},
          items: () => areasOf().map((a) => rangeProxy(ctx, sheet, () => a)),
        }),
      conditionalFormats: () => conditionalFormatCollection(ctx, sheet, areasOf),
    },
  });
}

/**
 * Conditional formats that intersect the areas. Their ids are their position in the sheet's list
 * ("the priority of the conditional format in the current collection"), resolved when a command runs.
 */
function conditionalFormatCollection(
  ctx: FakeContext,
  sheet: () => SheetModel,
  areasOf: () => Area[],
): FakeObject {
  const sheetName = () => sheet().name;
  return new FakeObject(ctx, {
    cls: 'ConditionalFormatCollection',
    sheet: sheetName,
    scalars: {},
    items: () => {
      const s = sheet();
      const areas = areasOf();
      return s.cfs
        .map((cf, i) => ({ cf, i }))
        .filter(({ cf }) => cf.areas.some((a) => areas.some((b) => intersects(a, b))))
        .map(({ i }) => cfProxy(ctx, sheet, () => i, i));
    },
    methods: {
      add: (type: string) => {
        const cf: CfModel = { areas: [], type, formula: null, fill: null };
        callOp(ctx, 'ConditionalFormatCollection', 'add', sheetName, type, () => {
          const s = sheet();
          guardWrite(s);
          cf.areas = areasOf();
          // A new conditional format takes the top priority.
          s.cfs.unshift(cf);
        });
        return cfProxy(ctx, sheet, () => sheet().cfs.indexOf(cf));
      },
    },
  });
}

function cfProxy(
  ctx: FakeContext,
  sheet: () => SheetModel,
  indexOf: () => number,
  loadedId: number | null = null,
): FakeObject {
  const sheetName = () => sheet().name;
  // An item loaded from a collection is addressed by its id (= position) as loaded; an added one by itself.
  const fixed = { id: loadedId };
  const idx = () => (fixed.id !== null ? fixed.id : indexOf());
  const cf = () => {
    const c = sheet().cfs[idx()];
    if (!c) throw new OfficeError('ItemNotFound', `no conditional format ${idx()}`);
    return c;
  };
  const custom = () => {
    const c = cf();
    if (c.type !== 'Custom') throw new OfficeError('InvalidOperation', 'not a custom conditional format');
    return c;
  };
  const obj = new FakeObject(ctx, {
    cls: 'ConditionalFormat',
    sheet: sheetName,
    scalars: {
      id: () => {
        const i = idx();
        return String(i);
      },
      type: () => cf().type,
    },
    nav: {
      custom: () =>
        new FakeObject(ctx, {
          cls: 'CustomConditionalFormat',
          scalars: {},
          nav: {
            rule: () =>
              new FakeObject(ctx, {
                cls: 'ConditionalFormatRule',
                sheet: sheetName,
                scalars: { formula: () => custom().formula },
                setters: { formula: (v) => void (custom().formula = String(v)) },
              }),
            format: () =>
              new FakeObject(ctx, {
                cls: 'ConditionalRangeFormat',
                scalars: {},
                nav: {
                  fill: () =>
                    new FakeObject(ctx, {
                      cls: 'ConditionalRangeFill',
                      sheet: sheetName,
                      scalars: {},
                      setters: { color: (v) => void (custom().fill = String(v)) },
                    }),
                },
              }),
          },
        }),
    },
    methods: {
      delete: () =>
        callOp(ctx, 'ConditionalFormat', 'delete', sheetName, idx(), () => {
          const s = sheet();
          guardWrite(s);
          const c = cf();
          s.cfs = s.cfs.filter((x) => x !== c);
        }),
    },
  });
  return obj;
}

// ------------------------------------------------------------------ runner

/** Excel.run double: a new context per run, the run options recorded. */
export function fakeRunner(model: WorkbookModel) {
  return <T>(
    options: { readonly mergeUndoGroup?: boolean } | null,
    batch: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T> => {
    model.runs.push(options);
    const ctx = new FakeContext(model);
    return batch(ctx as unknown as Excel.RequestContext);
  };
}

/** isSetSupported double: every ExcelApi version up to `max`. */
export function supportsUpTo(max: string) {
  const [mj, mn] = max.split('.').map(Number);
  return (name: string, version: string) => {
    if (name !== 'ExcelApi') return false;
    const [j, n] = version.split('.').map(Number);
    return j < mj || (j === mj && n <= mn);
  };
}

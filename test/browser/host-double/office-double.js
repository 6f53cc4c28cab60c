// In-browser Excel host double: the part of Office.js (Office.* and Excel.*) the add-in uses, with
// Excel's semantics — proxy objects, queued writes applied at context.sync(), PropertyNotLoaded on a
// read before load + sync, AccessDenied on writes to a protected sheet, ItemNotFound / ItemAlreadyExists /
// InvalidArgument where Excel raises them, typed-input coercion of written values (a string starting
// with "=" becomes a formula, as in Excel). It is served in place of Microsoft's CDN office.js in the
// browser tests and the preview, never bundled into the add-in.
//
// Input (set before this script runs): window.__DX_WORKBOOK__ (JSON from test/browser/workbook-json.js)
// and window.__DX_DOUBLE_CONFIG__ ({displayLanguage, theme: 'light'|'dark', excelApi: '1.17',
// settings: {...}}). Output: window.__dxDouble (state, write log, snapshot(), onChange()).
(function (global) {
  'use strict';

  const CONFIG = global.__DX_DOUBLE_CONFIG__ || {};
  const WORKBOOK = global.__DX_WORKBOOK__ || { sheets: [{ name: 'Sheet1', cells: {} }], active: 0 };
  const MAX_ROWS = 1048576;
  const MAX_COLS = 16384;
  const MAX_ADDRESS = 8192;
  const MAX_PAYLOAD = 5 * 1024 * 1024;
  const CELL_READ_CAP = 5000000;

  // ---------------------------------------------------------------- errors
  class OfficeError extends Error {
    constructor(code, message, location) {
      super(message);
      this.name = 'RichApi.Error';
      this.code = code;
      this.debugInfo = { code, message, errorLocation: location || '' };
      this.traceMessages = [];
      this.innerError = null;
    }
    toString() {
      return `${this.name}: ${this.message}`;
    }
  }
  const MESSAGES = {
    AccessDenied: 'You cannot perform the requested operation.',
    ItemNotFound: 'The requested resource doesn\u2019t exist.',
    ItemAlreadyExists: 'The resource already exists.',
    InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
    InvalidOperation: 'The operation attempted is invalid on the object.',
    InvalidReference: 'This reference isn\u2019t valid for the current operation.',
    ResponsePayloadSizeLimitExceeded: 'The response payload size has exceeded the limit.',
    PropertyNotLoaded:
      'The property \u2018{0}\u2019 is not available. Before reading the property\u2019s value, call the load method on the containing object and call "context.sync()" on the associated request context.',
    ValueNotLoaded:
      'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
    InvalidObjectPath:
      'The object path \u2018{0}\u2019 isn\u2019t working for what you\u2019re trying to do. If you\u2019re using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object\u2019s lifetime.',
  };
  function err(code, location, detail) {
    const msg = (MESSAGES[code] || code).replace('{0}', detail || location || '');
    return new OfficeError(
      code,
      detail && code !== 'PropertyNotLoaded' && code !== 'InvalidObjectPath' ? `${msg} (${detail})` : msg,
      location,
    );
  }

  // ---------------------------------------------------------------- addresses
  function colIndex(letters) {
    let n = 0;
    for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
    return n - 1;
  }
  function colLetters(c) {
    let s = '';
    let n = c + 1;
    while (n > 0) {
      const m = (n - 1) % 26;
      s = String.fromCharCode(65 + m) + s;
      n = Math.floor((n - 1) / 26);
    }
    return s;
  }
  function cellAddr(r, c) {
    return colLetters(c) + (r + 1);
  }
  function rectAddr(rect) {
    const full = rect.r0 === 0 && rect.r1 === MAX_ROWS - 1;
    const fullRow = rect.c0 === 0 && rect.c1 === MAX_COLS - 1;
    if (full && !fullRow) return `${colLetters(rect.c0)}:${colLetters(rect.c1)}`;
    if (fullRow && !full) return `${rect.r0 + 1}:${rect.r1 + 1}`;
    const a = cellAddr(rect.r0, rect.c0);
    return rect.r0 === rect.r1 && rect.c0 === rect.c1 ? a : `${a}:${cellAddr(rect.r1, rect.c1)}`;
  }
  function quoteSheet(name) {
    return /^[A-Za-z_\u3000-\u9fff\uff00-\uffef][A-Za-z0-9_.\u3000-\u9fff\uff00-\uffef]*$/.test(name) &&
      !/^[A-Za-z]{1,3}\d+$/.test(name)
      ? name
      : `'${name.replace(/'/g, "''")}'`;
  }
  /** 'A1', 'A1:B2', 'A:C', '3:5', optionally "Sheet!" / "'Sh eet'!" prefixed → {sheet?, r0,c0,r1,c1}. */
  function parseAddress(address) {
    let s = String(address).trim();
    let sheet;
    const bang = s.lastIndexOf('!');
    if (bang >= 0) {
      sheet = s.slice(0, bang);
      if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
      s = s.slice(bang + 1);
    }
    s = s.replace(/\$/g, '');
    const part = (p) => {
      let m = /^([A-Za-z]{1,3})(\d{1,7})$/.exec(p);
      if (m) return { r: Number(m[2]) - 1, c: colIndex(m[1]) };
      m = /^([A-Za-z]{1,3})$/.exec(p);
      if (m) return { col: colIndex(m[1]) };
      m = /^(\d{1,7})$/.exec(p);
      if (m) return { row: Number(m[1]) - 1 };
      return null;
    };
    const bits = s.split(':');
    if (bits.length > 2) return null;
    const a = part(bits[0]);
    const b = bits.length === 2 ? part(bits[1]) : a;
    if (!a || !b) return null;
    let rect;
    if ('r' in a && 'r' in b) rect = { r0: a.r, c0: a.c, r1: b.r, c1: b.c };
    else if ('col' in a && 'col' in b && bits.length === 2)
      rect = { r0: 0, r1: MAX_ROWS - 1, c0: a.col, c1: b.col };
    else if ('row' in a && 'row' in b && bits.length === 2)
      rect = { r0: a.row, r1: b.row, c0: 0, c1: MAX_COLS - 1 };
    else return null;
    rect = {
      r0: Math.min(rect.r0, rect.r1),
      r1: Math.max(rect.r0, rect.r1),
      c0: Math.min(rect.c0, rect.c1),
      c1: Math.max(rect.c0, rect.c1),
    };
    if (rect.r1 >= MAX_ROWS || rect.c1 >= MAX_COLS || rect.r0 < 0 || rect.c0 < 0) return null;
    if (sheet !== undefined) rect.sheet = sheet;
    return rect;
  }
  function rectCells(rect) {
    return (rect.r1 - rect.r0 + 1) * (rect.c1 - rect.c0 + 1);
  }
  function intersect(a, b) {
    const r = {
      r0: Math.max(a.r0, b.r0),
      c0: Math.max(a.c0, b.c0),
      r1: Math.min(a.r1, b.r1),
      c1: Math.min(a.c1, b.c1),
    };
    return r.r0 <= r.r1 && r.c0 <= r.c1 ? r : null;
  }
  /** a minus b, as up to four rectangles. */
  function subtract(a, b) {
    const i = intersect(a, b);
    if (!i) return [a];
    const out = [];
    if (a.r0 < i.r0) out.push({ r0: a.r0, r1: i.r0 - 1, c0: a.c0, c1: a.c1 });
    if (i.r1 < a.r1) out.push({ r0: i.r1 + 1, r1: a.r1, c0: a.c0, c1: a.c1 });
    if (a.c0 < i.c0) out.push({ r0: i.r0, r1: i.r1, c0: a.c0, c1: i.c0 - 1 });
    if (i.c1 < a.c1) out.push({ r0: i.r0, r1: i.r1, c0: i.c1 + 1, c1: a.c1 });
    return out;
  }

  // ---------------------------------------------------------------- the workbook model
  const state = {
    sheets: [],
    activeSheetId: null,
    selection: null,
    settings: Object.assign({}, CONFIG.settings || {}),
    pendingSettings: null,
    customXmlParts: [],
    log: [],
    warnings: [],
    syncCount: 0,
    runCount: 0,
    nextId: 1,
    tableSeq: 0,
    chartSeq: 0,
    workbookProtected: Boolean(WORKBOOK.protected),
    listeners: [],
    undoGroups: 0,
  };
  function newId(prefix) {
    return `{${prefix}-${String(state.nextId++).padStart(8, '0')}}`;
  }

  function makeSheet(name, json) {
    const sheet = {
      id: newId('sheet'),
      name,
      cells: new Map(),
      merges: [],
      protected: false,
      visibility: 'Visible',
      cfs: [],
      tables: [],
      charts: [],
      freeze: null,
      columnWidths: {},
      rowHeights: {},
      customProperties: new Map(),
      tabColor: '',
      showGridlines: true,
      addedByApi: !json,
    };
    if (json) {
      for (const [addr, c] of Object.entries(json.cells || {})) {
        const p = parseAddress(addr);
        if (!p) continue;
        const cell = { v: c.v === null || c.v === undefined ? '' : c.v };
        if (c.f) cell.f = c.f;
        if (c.nf) cell.nf = c.nf;
        if (c.t === 'error') cell.error = true;
        if (c.link) cell.link = { address: c.link };
        sheet.cells.set(key(p.r0, p.c0), cell);
      }
      for (const m of json.merges || []) {
        const p = parseAddress(m);
        if (p) sheet.merges.push(p);
      }
      sheet.protected = Boolean(json.protected);
      sheet.visibility = json.visibility || 'Visible';
      for (const [c, w] of Object.entries(json.columnWidths || {})) sheet.columnWidths[c] = w * 7.5;
    }
    return sheet;
  }
  function key(r, c) {
    return r * MAX_COLS + c;
  }
  function getCell(sheet, r, c) {
    return sheet.cells.get(key(r, c));
  }
  function ensureCell(sheet, r, c) {
    let cell = sheet.cells.get(key(r, c));
    if (!cell) {
      cell = { v: '' };
      sheet.cells.set(key(r, c), cell);
    }
    return cell;
  }

  WORKBOOK.sheets.forEach((s) => state.sheets.push(makeSheet(s.name, s)));
  const firstActive = state.sheets[WORKBOOK.active || 0] || state.sheets[0];
  state.activeSheetId = firstActive.id;
  state.selection = { sheetId: firstActive.id, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } };

  function sheetById(id) {
    return state.sheets.find((s) => s.id === id) || null;
  }
  function sheetByName(name) {
    const n = String(name).toLowerCase();
    return state.sheets.find((s) => s.name.toLowerCase() === n) || null;
  }

  function record(entry) {
    entry.seq = state.log.length + 1;
    entry.sync = state.syncCount;
    state.log.push(entry);
  }
  function assertWritable(sheet, what) {
    if (sheet.protected) throw err('AccessDenied', what);
  }

  // ---------------------------------------------------------------- values as Excel types them
  const EPOCH = Date.UTC(1899, 11, 30);
  function serialOf(y, m, d) {
    const t = Date.UTC(y, m - 1, d);
    const dt = new Date(t);
    if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
    return (t - EPOCH) / 86400000;
  }
  /**
   * A value written through `values` is read as if typed: "=…" is a formula; "'…" is text; numeric and
   * date strings become numbers; a leading + - @ that is not a number makes a formula too. null leaves
   * the cell unchanged. Returns {v, f?, nf?, kind}.
   */
  function typed(value, currentNf) {
    if (value === null || value === undefined) return null;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw err('InvalidArgument', 'Range.values', 'number is not finite');
      return { v: value, kind: 'number' };
    }
    if (typeof value === 'boolean') return { v: value, kind: 'boolean' };
    if (typeof value !== 'string')
      throw err('InvalidArgument', 'Range.values', `unsupported value ${typeof value}`);
    if (value === '') return { v: '', kind: 'empty' };
    if (currentNf === '@') return { v: value, kind: 'text' };
    if (value.startsWith("'")) return { v: value.slice(1), kind: 'text', prefixed: true };
    if (value.startsWith('=') && value.length > 1) return { v: '', f: value, kind: 'formula' };
    const plain = value.trim();
    if (/^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(plain))
      return { v: Number(plain.replace(/,/g, '')), kind: 'number', coerced: true };
    let m = /^([+-]?\d+(?:\.\d+)?)%$/.exec(plain);
    if (m) return { v: Number(m[1]) / 100, nf: '0%', kind: 'number', coerced: true };
    m = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/.exec(plain);
    if (m) {
      const serial = serialOf(Number(m[1]), Number(m[2]), Number(m[3]));
      if (serial !== null) return { v: serial, nf: 'yyyy/m/d', kind: 'date', coerced: true };
    }
    if (/^[+\-@]/.test(value) && value.length > 1)
      return { v: '#NAME?', f: '=' + value.replace(/^@/, ''), kind: 'formula', error: true };
    return { v: value, kind: 'text' };
  }
  function numberText(v, nf) {
    if (typeof v !== 'number') return typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v);
    const fmt = nf || 'General';
    if (/y/.test(fmt) && /d/.test(fmt)) {
      const d = new Date(EPOCH + Math.round(v * 86400000));
      const y = d.getUTCFullYear();
      const mo = d.getUTCMonth() + 1;
      const da = d.getUTCDate();
      if (/yyyy-mm-dd/.test(fmt)) return `${y}-${String(mo).padStart(2, '0')}-${String(da).padStart(2, '0')}`;
      return `${y}/${mo}/${da}`;
    }
    if (/%/.test(fmt)) {
      const dec = (/0\.(0+)%/.exec(fmt) || [null, ''])[1].length;
      return (v * 100).toFixed(dec) + '%';
    }
    if (/#,##0|0/.test(fmt) && fmt !== 'General') {
      const dec = (/0\.(0+)/.exec(fmt) || [null, ''])[1].length;
      const grouped = /,/.test(fmt);
      let s = Math.abs(v).toFixed(dec);
      if (grouped) s = s.replace(/^(\d+)/, (d) => d.replace(/\B(?=(\d{3})+(?!\d))/g, ','));
      const lit = /"([^"]*)"/.exec(fmt);
      const pre = /^[¥\\$]|^"?¥/.test(fmt) ? '¥' : '';
      return (v < 0 ? '-' : '') + pre + s + (lit && fmt.indexOf(lit[0]) > fmt.indexOf('0') ? lit[1] : '');
    }
    return String(v);
  }
  function valueTypeOf(cell) {
    return valueType(cell);
  }
  function valueType(cell) {
    if (!cell || cell.v === '' || cell.v === null) return 'Empty';
    if (cell.error) return 'Error';
    if (typeof cell.v === 'number') return 'Double';
    if (typeof cell.v === 'boolean') return 'Boolean';
    return 'String';
  }

  // ---------------------------------------------------------------- colours
  const NAMED = {
    white: '#FFFFFF',
    black: '#000000',
    red: '#FF0000',
    green: '#008000',
    blue: '#0000FF',
    yellow: '#FFFF00',
    orange: '#FFA500',
    gray: '#808080',
    grey: '#808080',
    lightgray: '#D3D3D3',
    lightgrey: '#D3D3D3',
    pink: '#FFC0CB',
    lightyellow: '#FFFFE0',
    lightblue: '#ADD8E6',
    lightgreen: '#90EE90',
    darkred: '#8B0000',
    darkblue: '#00008B',
  };
  function normColor(c) {
    if (c === null || c === undefined || c === '') return null;
    const s = String(c).trim();
    if (NAMED[s.toLowerCase()]) return NAMED[s.toLowerCase()];
    let m = /^#?([0-9a-f]{6})$/i.exec(s);
    if (m) return '#' + m[1].toUpperCase();
    m = /^#?([0-9a-f]{3})$/i.exec(s);
    if (m) return '#' + m[1].replace(/./g, (x) => x + x).toUpperCase();
    throw err('InvalidArgument', 'color', `colour "${s}"`);
  }

  // ---------------------------------------------------------------- the request context
  class ClientResult {
    constructor() {
      this._set = false;
      this._value = undefined;
    }
    get value() {
      if (!this._set) throw err('ValueNotLoaded', 'ClientResult.value');
      return this._value;
    }
  }

  class RequestContext {
    constructor() {
      this._ops = [];
      this._processing = false;
      this.workbook = new WorkbookP(this);
      this.application = this.workbook.application;
      this.trackedObjects = { add() {}, remove() {} };
      this.debugInfo = {};
    }
    _queue(fn, label) {
      this._ops.push({ fn, label });
    }
    sync(passThroughValue) {
      const ops = this._ops;
      this._ops = [];
      // Office.js sends nothing when no action is queued (no round trip, not counted).
      if (ops.length === 0) return new Promise((resolve) => setTimeout(() => resolve(passThroughValue), 0));
      return new Promise((resolve, reject) => {
        // Excel answers asynchronously; never in the same microtask.
        setTimeout(() => {
          state.syncCount += 1;
          let wrote = false;
          const before = state.log.length;
          this._processing = true;
          try {
            const payload = { size: 0 };
            for (const op of ops) op.fn(payload);
            if (payload.size > MAX_PAYLOAD)
              throw err('ResponsePayloadSizeLimitExceeded', 'context.sync', `${payload.size} bytes`);
          } catch (e) {
            this._processing = false;
            wrote = state.log.length !== before;
            if (wrote) notify();
            reject(e instanceof OfficeError ? e : err('GeneralException', 'context.sync', e && e.message));
            return;
          }
          this._processing = false;
          wrote = state.log.length !== before;
          if (wrote) notify();
          resolve(passThroughValue);
        }, 0);
      });
    }
  }

  function notify() {
    for (const fn of state.listeners) {
      try {
        fn();
      } catch (e) {
        /* a listener's failure is the preview's business */
        void e;
      }
    }
  }

  // ---------------------------------------------------------------- proxies
  /**
   * Every proxy resolves to its target lazily, at the first queued operation that needs it, in queue
   * order — so `worksheets.add('x')` then `getItem('x')` in one batch works, and a missing item fails
   * at sync with ItemNotFound, as in Excel.
   */
  class ClientObject {
    constructor(ctx, resolve, path) {
      this.context = ctx;
      this._resolveFn = resolve;
      this._resolved = false;
      this._t = undefined;
      this._loaded = Object.create(null);
      this._path = path || this.constructor.name;
      // Office.js queues an "instantiate" action for every proxy it creates; its result tells whether the
      // object is null (isNullObject is known after the next sync, with or without load) and a missing
      // item (getItem) fails that sync with ItemNotFound even when nothing is loaded.
      if (ctx && ctx._processing) this._loaded.isNullObject = false;
      else if (ctx)
        ctx._queue(() => {
          const t = this._target();
          this._loaded.isNullObject = t === null;
        }, `${this._path} (instantiate)`);
    }
    _target() {
      if (!this._resolved) {
        this._t = this._resolveFn();
        this._resolved = true;
      }
      return this._t;
    }
    _live() {
      const t = this._target();
      if (t === null) return null;
      if (t && t.__deleted) throw err('InvalidObjectPath', this._path, this._path);
      return t;
    }
    get isNullObject() {
      if (!('isNullObject' in this._loaded))
        throw err('PropertyNotLoaded', this._path + '.isNullObject', 'isNullObject');
      return this._loaded.isNullObject;
    }
    _queue(fn, label) {
      this.context._queue(fn, label || this._path);
    }
    load(spec) {
      const paths = loadPaths(spec);
      this._queue((payload) => this._doLoad(paths, payload), `${this._path}.load`);
      return this;
    }
    _doLoad(paths, payload) {
      const t = this._target();
      this._loaded.isNullObject = t === null;
      if (t === null) return;
      if (t.__deleted) throw err('InvalidObjectPath', this._path, this._path);
      const spec = this.constructor.spec;
      const scalars = paths.length ? paths : Object.keys(spec.props || {});
      for (const p of scalars) {
        const [head, ...rest] = p.split('/');
        if (spec.nav && spec.nav[head]) {
          const child = this[head];
          child._doLoad(rest.length ? [rest.join('/')] : [], payload);
        } else if (spec.props && spec.props[head]) {
          const v = spec.props[head].get.call(this, t, payload);
          this._loaded[head] = v;
          payload.size += v === undefined ? 0 : JSON.stringify(v).length;
        } else if (this._loadExtra) this._loadExtra(head, rest, payload);
        else
          throw err('InvalidArgument', `${this._path}.load`, `"${head}" is not a property of ${this._path}`);
      }
    }
    set(props) {
      for (const [k, v] of Object.entries(props)) {
        const spec = this.constructor.spec;
        if (spec.nav && spec.nav[k] && v && typeof v === 'object') this[k].set(v);
        else this[k] = v;
      }
      return this;
    }
    toJSON() {
      return Object.assign({}, this._loaded);
    }
  }

  function loadPaths(spec) {
    if (spec === undefined || spec === null) return [];
    if (typeof spec === 'string')
      return spec
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    if (Array.isArray(spec)) return spec.flatMap((s) => loadPaths(s));
    if (typeof spec === 'object') {
      if (spec.select) return loadPaths(spec.select);
      const out = [];
      const walk = (o, prefix) => {
        for (const [k, v] of Object.entries(o)) {
          if (k === '$all') continue;
          if (v && typeof v === 'object') walk(v, prefix + k + '/');
          else if (v) out.push(prefix + k);
        }
      };
      walk(spec, '');
      return out;
    }
    return [];
  }

  /** Defines getters (loaded-or-throw) and setters (queued, applied at sync) for a proxy class. */
  function define(cls, spec) {
    cls.spec = spec;
    for (const [name, p] of Object.entries(spec.props || {})) {
      Object.defineProperty(cls.prototype, name, {
        get() {
          if (!(name in this._loaded)) throw err('PropertyNotLoaded', `${this._path}.${name}`, name);
          return this._loaded[name];
        },
        set(value) {
          if (!p.set) throw err('InvalidArgument', `${this._path}.${name}`, `${name} is read-only`);
          this._loaded[name] = value;
          this._queue(() => {
            const t = this._live();
            if (t === null) return;
            p.set.call(this, t, value);
          }, `${this._path}.${name}=`);
        },
        configurable: true,
      });
    }
    for (const [name, make] of Object.entries(spec.nav || {})) {
      Object.defineProperty(cls.prototype, name, {
        get() {
          const cacheKey = '_nav_' + name;
          if (!this[cacheKey]) this[cacheKey] = make.call(this);
          return this[cacheKey];
        },
        set(value) {
          if (value && typeof value === 'object') this[name].set(value);
        },
        configurable: true,
      });
    }
  }

  // ---- generic collections
  class CollectionBase extends ClientObject {
    get items() {
      if (!('items' in this._loaded)) throw err('PropertyNotLoaded', `${this._path}.items`, 'items');
      return this._loaded.items;
    }
    _itemProxy() {
      throw new Error('abstract');
    }
    _list() {
      throw new Error('abstract');
    }
    _doLoad(paths, payload) {
      const t = this._target();
      this._loaded.isNullObject = t === null;
      if (t === null) return;
      const childPaths = [];
      for (const p of paths) {
        if (p === 'items') continue;
        if (p.startsWith('items/')) childPaths.push(p.slice(6));
        else if (p === 'count') continue;
        else childPaths.push(p);
      }
      const list = this._list(t);
      this._loaded.items = list.map((item, i) => {
        const proxy = this._itemProxy(item, i);
        proxy._doLoad(childPaths, payload);
        return proxy;
      });
      this._loaded.count = list.length;
    }
    getCount() {
      const r = new ClientResult();
      this._queue(() => {
        const t = this._live();
        r._value = t === null ? 0 : this._list(t).length;
        r._set = true;
      });
      return r;
    }
  }
  function bound(Cls, ctx, target, path) {
    const p = new Cls(ctx, () => target, path);
    return p;
  }

  // ---------------------------------------------------------------- Workbook
  class WorkbookP extends ClientObject {
    constructor(ctx) {
      super(ctx, () => state, 'Workbook');
    }
    getSelectedRange() {
      return new RangeP(
        this.context,
        () => ({ sheet: sheetById(state.selection.sheetId), rect: state.selection.rect }),
        'Workbook.getSelectedRange()',
      );
    }
    getActiveCell() {
      return new RangeP(
        this.context,
        () => ({
          sheet: sheetById(state.selection.sheetId),
          rect: {
            r0: state.selection.rect.r0,
            c0: state.selection.rect.c0,
            r1: state.selection.rect.r0,
            c1: state.selection.rect.c0,
          },
        }),
        'Workbook.getActiveCell()',
      );
    }
    focus() {}
  }
  define(WorkbookP, {
    props: { name: { get: () => WORKBOOK.file || 'Book1.xlsx' } },
    nav: {
      worksheets() {
        return new WorksheetCollectionP(this.context, () => state, 'Workbook.worksheets');
      },
      tables() {
        return new TableCollectionP(this.context, () => ({ all: true }), 'Workbook.tables');
      },
      application() {
        return new ApplicationP(this.context, () => state, 'Application');
      },
      settings() {
        return new SettingCollectionP(this.context, () => state, 'Workbook.settings');
      },
      protection() {
        return new WorkbookProtectionP(this.context, () => state, 'Workbook.protection');
      },
      customXmlParts() {
        return new CustomXmlPartCollectionP(this.context, () => ({ ns: null }), 'Workbook.customXmlParts');
      },
    },
  });

  class ApplicationP extends ClientObject {
    suspendApiCalculationUntilNextSync() {}
    suspendScreenUpdatingUntilNextSync() {}
    calculate() {}
  }
  define(ApplicationP, { props: { calculationMode: { get: () => 'Automatic' } } });

  class WorkbookProtectionP extends ClientObject {}
  define(WorkbookProtectionP, { props: { protected: { get: () => state.workbookProtected } } });

  // ---------------------------------------------------------------- Worksheets
  const BAD_SHEET_CHARS = /[:\\/?*[\]]/;
  function validSheetName(name) {
    return (
      typeof name === 'string' &&
      name.length > 0 &&
      name.length <= 31 &&
      !BAD_SHEET_CHARS.test(name) &&
      !name.startsWith("'") &&
      !name.endsWith("'") &&
      name.toLowerCase() !== 'history'
    );
  }
  class WorksheetCollectionP extends CollectionBase {
    _list() {
      return state.sheets.slice();
    }
    _itemProxy(sheet) {
      return bound(WorksheetP, this.context, sheet, `Worksheet('${sheet.name}')`);
    }
    add(name) {
      let created = null;
      this._queue(() => {
        if (state.workbookProtected) throw err('AccessDenied', 'WorksheetCollection.add');
        let n = name;
        if (n === undefined || n === null) {
          let i = 1;
          while (sheetByName(`Sheet${i}`)) i++;
          n = `Sheet${i}`;
        }
        if (!validSheetName(n)) throw err('InvalidArgument', 'WorksheetCollection.add', `sheet name "${n}"`);
        if (sheetByName(n)) throw err('ItemAlreadyExists', 'WorksheetCollection.add', `sheet "${n}"`);
        created = makeSheet(n, null);
        state.sheets.push(created);
        record({ op: 'sheet.add', sheet: n });
      }, 'WorksheetCollection.add');
      return new WorksheetP(this.context, () => created, `Worksheet(add '${name}')`);
    }
    getItem(name) {
      return new WorksheetP(
        this.context,
        () => {
          const s = sheetByName(name) || state.sheets.find((x) => x.id === name);
          if (!s) throw err('ItemNotFound', 'WorksheetCollection.getItem', `sheet "${name}"`);
          return s;
        },
        `Worksheet('${name}')`,
      );
    }
    getItemOrNullObject(name) {
      return new WorksheetP(
        this.context,
        () => sheetByName(name) || state.sheets.find((x) => x.id === name) || null,
        `Worksheet('${name}')?`,
      );
    }
    getActiveWorksheet() {
      return new WorksheetP(this.context, () => sheetById(state.activeSheetId), 'ActiveWorksheet');
    }
    getFirst() {
      return new WorksheetP(this.context, () => state.sheets[0], 'Worksheets.getFirst()');
    }
    getLast() {
      return new WorksheetP(
        this.context,
        () => state.sheets[state.sheets.length - 1],
        'Worksheets.getLast()',
      );
    }
  }
  define(WorksheetCollectionP, { props: {} });

  class WorksheetP extends ClientObject {
    _sheet() {
      const s = this._live();
      if (s === null) throw err('InvalidObjectPath', this._path, this._path);
      return s;
    }
    getRange(address) {
      return new RangeP(
        this.context,
        () => {
          const sheet = this._live();
          if (sheet === null) return null;
          const full =
            address === undefined || address === ''
              ? { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLS - 1 }
              : parseAddress(address);
          if (!full) throw err('InvalidArgument', 'Worksheet.getRange', `address "${address}"`);
          if (full.sheet !== undefined && full.sheet.toLowerCase() !== sheet.name.toLowerCase())
            throw err('InvalidArgument', 'Worksheet.getRange', `address "${address}" is on another sheet`);
          return { sheet, rect: full };
        },
        `${this._path}.getRange('${address}')`,
      );
    }
    getRangeByIndexes(startRow, startColumn, rowCount, columnCount) {
      return new RangeP(
        this.context,
        () => {
          const sheet = this._live();
          if (sheet === null) return null;
          if (
            rowCount < 1 ||
            columnCount < 1 ||
            startRow < 0 ||
            startColumn < 0 ||
            startRow + rowCount > MAX_ROWS ||
            startColumn + columnCount > MAX_COLS
          )
            throw err(
              'InvalidArgument',
              'Worksheet.getRangeByIndexes',
              `${startRow},${startColumn},${rowCount},${columnCount}`,
            );
          return {
            sheet,
            rect: {
              r0: startRow,
              c0: startColumn,
              r1: startRow + rowCount - 1,
              c1: startColumn + columnCount - 1,
            },
          };
        },
        `${this._path}.getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`,
      );
    }
    getCell(row, column) {
      return this.getRangeByIndexes(row, column, 1, 1);
    }
    getRanges(address) {
      return new RangeAreasP(
        this.context,
        () => {
          const sheet = this._live();
          if (sheet === null) return null;
          let text = String(address);
          if (text.length > MAX_ADDRESS) {
            // Excel truncates a longer address silently; the double keeps a warning for the tests.
            state.warnings.push({
              kind: 'address-truncated',
              length: text.length,
              at: `${this._path}.getRanges`,
            });
            text = text.slice(0, MAX_ADDRESS);
            text = text.slice(0, Math.max(0, text.lastIndexOf(',')));
          }
          const areas = text
            .split(',')
            .map((a) => a.trim())
            .filter(Boolean)
            .map((a) => {
              const p = parseAddress(a);
              if (!p) throw err('InvalidArgument', 'Worksheet.getRanges', `address "${a}"`);
              return p;
            });
          if (!areas.length) throw err('InvalidArgument', 'Worksheet.getRanges', 'empty address');
          return { sheet, areas };
        },
        `${this._path}.getRanges(…)`,
      );
    }
    getUsedRange(valuesOnly) {
      return new RangeP(
        this.context,
        () => {
          const sheet = this._sheet();
          return { sheet, rect: usedRect(sheet, valuesOnly) || { r0: 0, c0: 0, r1: 0, c1: 0 } };
        },
        `${this._path}.getUsedRange()`,
      );
    }
    getUsedRangeOrNullObject(valuesOnly) {
      return new RangeP(
        this.context,
        () => {
          const sheet = this._live();
          if (sheet === null) return null;
          const rect = usedRect(sheet, valuesOnly);
          return rect ? { sheet, rect } : null;
        },
        `${this._path}.getUsedRangeOrNullObject()`,
      );
    }
    activate() {
      this._queue(() => {
        const s = this._sheet();
        if (s.visibility !== 'Visible') throw err('InvalidOperation', 'Worksheet.activate', 'hidden sheet');
        if (state.activeSheetId !== s.id) {
          state.activeSheetId = s.id;
          state.selection = { sheetId: s.id, rect: s.lastSelection || { r0: 0, c0: 0, r1: 0, c1: 0 } };
          record({ op: 'sheet.activate', sheet: s.name });
        }
      }, 'Worksheet.activate');
    }
    delete() {
      this._queue(() => {
        const s = this._sheet();
        if (state.workbookProtected) throw err('AccessDenied', 'Worksheet.delete');
        if (state.sheets.filter((x) => x.visibility === 'Visible' && x !== s).length === 0)
          throw err('InvalidOperation', 'Worksheet.delete', 'the last visible sheet');
        state.sheets.splice(state.sheets.indexOf(s), 1);
        s.__deleted = true;
        if (state.activeSheetId === s.id) {
          state.activeSheetId = state.sheets[0].id;
          state.selection = { sheetId: state.sheets[0].id, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } };
        }
        record({ op: 'sheet.delete', sheet: s.name });
      }, 'Worksheet.delete');
    }
    calculate() {}
  }
  define(WorksheetP, {
    props: {
      name: {
        get: (s) => s.name,
        set(s, v) {
          assertWritable(s, 'Worksheet.name');
          if (!validSheetName(v)) throw err('InvalidArgument', 'Worksheet.name', `sheet name "${v}"`);
          const other = sheetByName(v);
          if (other && other !== s) throw err('ItemAlreadyExists', 'Worksheet.name', `sheet "${v}"`);
          record({ op: 'sheet.rename', sheet: s.name, to: v });
          s.name = v;
        },
      },
      id: { get: (s) => s.id },
      position: {
        get: (s) => state.sheets.indexOf(s),
        set(s, v) {
          state.sheets.splice(state.sheets.indexOf(s), 1);
          state.sheets.splice(Math.max(0, Math.min(v, state.sheets.length)), 0, s);
          record({ op: 'sheet.position', sheet: s.name, position: v });
        },
      },
      visibility: {
        get: (s) => s.visibility,
        set(s, v) {
          s.visibility = v;
          record({ op: 'sheet.visibility', sheet: s.name, visibility: v });
        },
      },
      tabColor: {
        get: (s) => s.tabColor,
        set(s, v) {
          s.tabColor = normColor(v) || '';
          record({ op: 'sheet.tabColor', sheet: s.name, color: s.tabColor });
        },
      },
      showGridlines: {
        get: (s) => s.showGridlines,
        set(s, v) {
          s.showGridlines = Boolean(v);
          record({ op: 'sheet.showGridlines', sheet: s.name, value: s.showGridlines });
        },
      },
    },
    nav: {
      protection() {
        return new WorksheetProtectionP(this.context, () => this._live(), `${this._path}.protection`);
      },
      tables() {
        return new TableCollectionP(this.context, () => ({ sheet: this._sheet() }), `${this._path}.tables`);
      },
      charts() {
        return new ChartCollectionP(this.context, () => ({ sheet: this._sheet() }), `${this._path}.charts`);
      },
      freezePanes() {
        return new FreezePanesP(this.context, () => this._sheet(), `${this._path}.freezePanes`);
      },
      customProperties() {
        return new WorksheetCustomPropertyCollectionP(
          this.context,
          () => this._sheet(),
          `${this._path}.customProperties`,
        );
      },
    },
  });

  class WorksheetProtectionP extends ClientObject {
    protect() {
      this._queue(() => {
        const s = this._live();
        s.protected = true;
        record({ op: 'sheet.protect', sheet: s.name });
      });
    }
    unprotect() {
      this._queue(() => {
        const s = this._live();
        s.protected = false;
        record({ op: 'sheet.unprotect', sheet: s.name });
      });
    }
  }
  define(WorksheetProtectionP, { props: { protected: { get: (s) => s.protected } } });

  function usedRect(sheet, valuesOnly) {
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    for (const [k, cell] of sheet.cells) {
      const hasValue = cell.v !== '' && cell.v !== null && cell.v !== undefined;
      const hasFormat = cell.nf || cell.fill || cell.font || cell.link;
      if (!hasValue && (valuesOnly || !hasFormat) && !cell.f) continue;
      const r = Math.floor(k / MAX_COLS);
      const c = k % MAX_COLS;
      if (r < r0) r0 = r;
      if (c < c0) c0 = c;
      if (r > r1) r1 = r;
      if (c > c1) c1 = c;
    }
    return r1 < 0 ? null : { r0, c0, r1, c1 };
  }

  // ---------------------------------------------------------------- Range
  function mergedCovered(sheet, r, c) {
    for (const m of sheet.merges)
      if (r >= m.r0 && r <= m.r1 && c >= m.c0 && c <= m.c1 && (r !== m.r0 || c !== m.c0)) return true;
    return false;
  }
  function grid(t, fn) {
    const rows = [];
    for (let r = t.rect.r0; r <= t.rect.r1; r++) {
      const row = [];
      for (let c = t.rect.c0; c <= t.rect.c1; c++) row.push(fn(getCell(t.sheet, r, c), r, c));
      rows.push(row);
    }
    return rows;
  }
  function checkReadSize(t, what) {
    if (rectCells(t.rect) > CELL_READ_CAP) throw err('RangeExceedsLimit', what, `${rectCells(t.rect)} cells`);
  }
  function same(values) {
    const first = values[0];
    return values.every((v) => v === first) ? first : null;
  }
  function cellsOf(t) {
    const out = [];
    for (let r = t.rect.r0; r <= t.rect.r1; r++)
      for (let c = t.rect.c0; c <= t.rect.c1; c++) out.push(getCell(t.sheet, r, c));
    return out;
  }
  /** Applies a 2-D (or single) value to every cell of the range, with Excel's dimension check. */
  function writeGrid(t, value, what, apply) {
    const rows = t.rect.r1 - t.rect.r0 + 1;
    const cols = t.rect.c1 - t.rect.c0 + 1;
    assertWritable(t.sheet, what);
    if (Array.isArray(value)) {
      if (value.length !== rows || value.some((row) => !Array.isArray(row) || row.length !== cols))
        throw err(
          'InvalidArgument',
          what,
          `the number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${cols})`,
        );
      for (let r = 0; r < rows; r++)
        for (let c = 0; c < cols; c++) apply(t.rect.r0 + r, t.rect.c0 + c, value[r][c]);
    } else {
      for (let r = 0; r < rows; r++)
        for (let c = 0; c < cols; c++) apply(t.rect.r0 + r, t.rect.c0 + c, value);
    }
  }
  function addrOf(t) {
    return `${quoteSheet(t.sheet.name)}!${rectAddr(t.rect)}`;
  }

  class RangeP extends ClientObject {
    _r() {
      const t = this._live();
      if (t === null) return null;
      if (!t.sheet || t.sheet.__deleted) throw err('InvalidObjectPath', this._path, this._path);
      return t;
    }
    _derived(label, fn) {
      return new RangeP(
        this.context,
        () => {
          const t = this._r();
          if (t === null) return null;
          const rect = fn(t.rect, t);
          if (!rect) return null;
          if (
            rect.r0 < 0 ||
            rect.c0 < 0 ||
            rect.r1 >= MAX_ROWS ||
            rect.c1 >= MAX_COLS ||
            rect.r0 > rect.r1 ||
            rect.c0 > rect.c1
          )
            throw err('InvalidArgument', `Range.${label}`, 'outside the sheet');
          return { sheet: t.sheet, rect };
        },
        `${this._path}.${label}`,
      );
    }
    getCell(row, column) {
      return this._derived(`getCell(${row},${column})`, (r) => ({
        r0: r.r0 + row,
        c0: r.c0 + column,
        r1: r.r0 + row,
        c1: r.c0 + column,
      }));
    }
    getRow(row) {
      return this._derived(`getRow(${row})`, (r) => {
        if (row > r.r1 - r.r0) throw err('InvalidArgument', 'Range.getRow', `row ${row}`);
        return { r0: r.r0 + row, r1: r.r0 + row, c0: r.c0, c1: r.c1 };
      });
    }
    getColumn(column) {
      return this._derived(`getColumn(${column})`, (r) => {
        if (column > r.c1 - r.c0) throw err('InvalidArgument', 'Range.getColumn', `column ${column}`);
        return { r0: r.r0, r1: r.r1, c0: r.c0 + column, c1: r.c0 + column };
      });
    }
    getRowsAbove(n = 1) {
      return this._derived(`getRowsAbove(${n})`, (r) => ({ r0: r.r0 - n, r1: r.r0 - 1, c0: r.c0, c1: r.c1 }));
    }
    getRowsBelow(n = 1) {
      return this._derived(`getRowsBelow(${n})`, (r) => ({ r0: r.r1 + 1, r1: r.r1 + n, c0: r.c0, c1: r.c1 }));
    }
    getOffsetRange(rows, cols) {
      return this._derived(`getOffsetRange(${rows},${cols})`, (r) => ({
        r0: r.r0 + rows,
        r1: r.r1 + rows,
        c0: r.c0 + cols,
        c1: r.c1 + cols,
      }));
    }
    getResizedRange(dr, dc) {
      return this._derived(`getResizedRange(${dr},${dc})`, (r) => ({
        r0: r.r0,
        c0: r.c0,
        r1: r.r1 + dr,
        c1: r.c1 + dc,
      }));
    }
    getEntireColumn() {
      return this._derived('getEntireColumn()', (r) => ({ r0: 0, r1: MAX_ROWS - 1, c0: r.c0, c1: r.c1 }));
    }
    getEntireRow() {
      return this._derived('getEntireRow()', (r) => ({ r0: r.r0, r1: r.r1, c0: 0, c1: MAX_COLS - 1 }));
    }
    getLastRow() {
      return this._derived('getLastRow()', (r) => ({ r0: r.r1, r1: r.r1, c0: r.c0, c1: r.c1 }));
    }
    getLastCell() {
      return this._derived('getLastCell()', (r) => ({ r0: r.r1, r1: r.r1, c0: r.c1, c1: r.c1 }));
    }
    getIntersection(other) {
      return this._derived('getIntersection()', (r) => {
        const o = other._r();
        const i = intersect(r, o.rect);
        if (!i) throw err('InvalidArgument', 'Range.getIntersection', 'no intersection');
        return i;
      });
    }
    getBoundingRect(other) {
      return this._derived('getBoundingRect()', (r) => {
        const o = typeof other === 'string' ? parseAddress(other) : other._r().rect;
        return {
          r0: Math.min(r.r0, o.r0),
          c0: Math.min(r.c0, o.c0),
          r1: Math.max(r.r1, o.r1),
          c1: Math.max(r.c1, o.c1),
        };
      });
    }
    getUsedRange(valuesOnly) {
      return this._derived(
        'getUsedRange()',
        (r, t) =>
          intersect(r, usedRect(t.sheet, valuesOnly) || { r0: r.r0, c0: r.c0, r1: r.r0, c1: r.c0 }) || {
            r0: r.r0,
            c0: r.c0,
            r1: r.r0,
            c1: r.c0,
          },
      );
    }
    getUsedRangeOrNullObject(valuesOnly) {
      return new RangeP(
        this.context,
        () => {
          const t = this._r();
          if (t === null) return null;
          const u = usedRect(t.sheet, valuesOnly);
          const i = u && intersect(t.rect, u);
          return i ? { sheet: t.sheet, rect: i } : null;
        },
        `${this._path}.getUsedRangeOrNullObject()`,
      );
    }
    /** Cells of a type ('Formulas' | 'Constants' | 'Blanks'), optionally of a value type ('Errors', 'Numbers', 'Text', 'Logical'). */
    _special(cellType, valueType) {
      const t = this._r();
      if (t === null) return null;
      const want = (cell) => {
        const isFormula = Boolean(cell && cell.f);
        const isBlank = !cell || cell.v === '' || cell.v === null;
        if (cellType === 'Formulas' && !isFormula) return false;
        if (cellType === 'Constants' && (isFormula || isBlank)) return false;
        if (cellType === 'Blanks' && !isBlank) return false;
        if (!['Formulas', 'Constants', 'Blanks'].includes(cellType))
          throw err(
            'InvalidArgument',
            'Range.getSpecialCells',
            `cell type "${cellType}" is not supported by the host double`,
          );
        const vt = valueType || 'All';
        if (vt === 'All') return true;
        const type = valueType === undefined ? 'All' : valueTypeOf(cell);
        return (
          (vt.includes('Errors') && type === 'Error') ||
          (vt.includes('Numbers') && type === 'Double') ||
          (vt.includes('Text') && type === 'String') ||
          (vt.includes('Logical') && type === 'Boolean')
        );
      };
      const rect = intersect(t.rect, usedRect(t.sheet, false) || { r0: 0, c0: 0, r1: 0, c1: 0 });
      const areas = [];
      if (rect)
        for (let c = rect.c0; c <= rect.c1; c++) {
          let start = -1;
          for (let r = rect.r0; r <= rect.r1 + 1; r++) {
            const hit = r <= rect.r1 && !mergedCovered(t.sheet, r, c) && want(getCell(t.sheet, r, c));
            if (hit && start < 0) start = r;
            if (!hit && start >= 0) {
              areas.push({ r0: start, r1: r - 1, c0: c, c1: c });
              start = -1;
            }
          }
        }
      return areas.length ? { sheet: t.sheet, areas } : null;
    }
    getSpecialCells(cellType, valueType) {
      return new RangeAreasP(
        this.context,
        () => {
          const res = this._special(cellType, valueType);
          if (!res) throw err('ItemNotFound', 'Range.getSpecialCells', 'no cells were found');
          return res;
        },
        `${this._path}.getSpecialCells('${cellType}')`,
      );
    }
    getSpecialCellsOrNullObject(cellType, valueType) {
      return new RangeAreasP(
        this.context,
        () => this._special(cellType, valueType),
        `${this._path}.getSpecialCellsOrNullObject('${cellType}')`,
      );
    }
    getMergedAreasOrNullObject() {
      return new RangeAreasP(
        this.context,
        () => {
          const t = this._r();
          if (t === null) return null;
          const areas = t.sheet.merges.filter((m) => intersect(m, t.rect));
          return areas.length ? { sheet: t.sheet, areas } : null;
        },
        `${this._path}.getMergedAreasOrNullObject()`,
      );
    }
    select() {
      this._queue(() => {
        const t = this._r();
        if (t.sheet.visibility !== 'Visible') throw err('InvalidOperation', 'Range.select', 'hidden sheet');
        state.activeSheetId = t.sheet.id;
        state.selection = { sheetId: t.sheet.id, rect: Object.assign({}, t.rect) };
        t.sheet.lastSelection = state.selection.rect;
        record({ op: 'select', sheet: t.sheet.name, address: rectAddr(t.rect) });
      }, 'Range.select');
    }
    activate() {
      this.select();
    }
    clear(applyTo) {
      const what = applyTo || 'All';
      this._queue(() => {
        const t = this._r();
        assertWritable(t.sheet, 'Range.clear');
        const tables = t.sheet.tables.filter((tb) => intersect(tb.rect, t.rect));
        for (let r = t.rect.r0; r <= Math.min(t.rect.r1, maxRow(t.sheet)); r++)
          for (let c = t.rect.c0; c <= Math.min(t.rect.c1, maxCol(t.sheet)); c++) {
            const cell = getCell(t.sheet, r, c);
            if (!cell) continue;
            if (what === 'All' || what === 'Contents') {
              cell.v = '';
              delete cell.f;
              delete cell.error;
            }
            if (what === 'All' || what === 'Formats') {
              delete cell.nf;
              delete cell.fill;
              delete cell.font;
              delete cell.align;
              delete cell.wrap;
            }
            if (what === 'All' || what === 'Hyperlinks') delete cell.link;
            if (what === 'All' && !cell.nf && !cell.f && cell.v === '') t.sheet.cells.delete(key(r, c));
          }
        if (what === 'All' || what === 'Formats') {
          t.sheet.cfs = t.sheet.cfs.flatMap((cf) => trimCf(cf, t.rect));
          t.sheet.merges = t.sheet.merges.filter((m) => !intersect(m, t.rect));
        }
        if (what === 'All') for (const tb of tables) if (withinRect(tb.rect, t.rect)) removeTable(tb);
        record({ op: 'range.clear', sheet: t.sheet.name, address: rectAddr(t.rect), applyTo: what });
      }, 'Range.clear');
    }
    merge(across) {
      this._queue(() => {
        const t = this._r();
        assertWritable(t.sheet, 'Range.merge');
        const rows = across
          ? range(t.rect.r0, t.rect.r1).map((r) => ({ r0: r, r1: r, c0: t.rect.c0, c1: t.rect.c1 }))
          : [Object.assign({}, t.rect)];
        for (const m of rows) {
          t.sheet.merges = t.sheet.merges.filter((x) => !intersect(x, m));
          t.sheet.merges.push(m);
          for (let r = m.r0; r <= m.r1; r++)
            for (let c = m.c0; c <= m.c1; c++) if (r !== m.r0 || c !== m.c0) t.sheet.cells.delete(key(r, c));
        }
        record({
          op: 'range.merge',
          sheet: t.sheet.name,
          address: rectAddr(t.rect),
          across: Boolean(across),
        });
      }, 'Range.merge');
    }
    unmerge() {
      this._queue(() => {
        const t = this._r();
        assertWritable(t.sheet, 'Range.unmerge');
        t.sheet.merges = t.sheet.merges.filter((x) => !intersect(x, t.rect));
        record({ op: 'range.unmerge', sheet: t.sheet.name, address: rectAddr(t.rect) });
      }, 'Range.unmerge');
    }
    getCellProperties(spec) {
      const r = new ClientResult();
      this._queue(() => {
        const t = this._r();
        r._value = grid(t, (cell, row, col) => {
          const out = {};
          if (spec.address) out.address = `${quoteSheet(t.sheet.name)}!${cellAddr(row, col)}`;
          if (spec.format) {
            out.format = {};
            if (spec.format.fill) out.format.fill = { color: (cell && cell.fill) || '#FFFFFF' };
            if (spec.format.font)
              out.format.font = Object.assign(
                { color: '#000000', bold: false, italic: false },
                (cell && cell.font) || {},
              );
          }
          if (spec.hyperlink) out.hyperlink = cell && cell.link ? Object.assign({}, cell.link) : undefined;
          return out;
        });
        r._set = true;
      }, 'Range.getCellProperties');
      return r;
    }
  }
  function range(a, b) {
    const out = [];
    for (let i = a; i <= b; i++) out.push(i);
    return out;
  }
  function maxRow(sheet) {
    let m = 0;
    for (const k of sheet.cells.keys()) m = Math.max(m, Math.floor(k / MAX_COLS));
    return m;
  }
  function maxCol(sheet) {
    let m = 0;
    for (const k of sheet.cells.keys()) m = Math.max(m, k % MAX_COLS);
    return m;
  }
  function withinRect(inner, outer) {
    return inner.r0 >= outer.r0 && inner.r1 <= outer.r1 && inner.c0 >= outer.c0 && inner.c1 <= outer.c1;
  }

  define(RangeP, {
    props: {
      address: { get: (t) => addrOf(t) },
      addressLocal: { get: (t) => addrOf(t) },
      rowIndex: { get: (t) => t.rect.r0 },
      columnIndex: { get: (t) => t.rect.c0 },
      rowCount: { get: (t) => t.rect.r1 - t.rect.r0 + 1 },
      columnCount: { get: (t) => t.rect.c1 - t.rect.c0 + 1 },
      cellCount: { get: (t) => rectCells(t.rect) },
      isEntireColumn: { get: (t) => t.rect.r0 === 0 && t.rect.r1 === MAX_ROWS - 1 },
      isEntireRow: { get: (t) => t.rect.c0 === 0 && t.rect.c1 === MAX_COLS - 1 },
      values: {
        get(t) {
          checkReadSize(t, 'Range.values');
          return grid(t, (cell, r, c) => (cell && !mergedCovered(t.sheet, r, c) ? cell.v : ''));
        },
        set(t, value) {
          const kinds = {};
          const formulas = [];
          writeGrid(t, value, 'Range.values', (r, c, v) => {
            const cur = getCell(t.sheet, r, c);
            const ty = typed(v, cur && cur.nf);
            if (ty === null) return;
            const cell = ensureCell(t.sheet, r, c);
            cell.v = ty.v;
            if (ty.f) {
              cell.f = ty.f;
              formulas.push({ address: cellAddr(r, c), input: v });
            } else delete cell.f;
            if (ty.error) cell.error = true;
            else delete cell.error;
            if (ty.nf && (!cell.nf || cell.nf === 'General')) cell.nf = ty.nf;
            kinds[ty.kind + (ty.coerced ? '(coerced)' : '')] =
              (kinds[ty.kind + (ty.coerced ? '(coerced)' : '')] || 0) + 1;
          });
          record({ op: 'range.values', sheet: t.sheet.name, address: rectAddr(t.rect), kinds, formulas });
        },
      },
      formulas: {
        get(t) {
          checkReadSize(t, 'Range.formulas');
          return grid(t, (cell, r, c) => (cell && !mergedCovered(t.sheet, r, c) ? cell.f || cell.v : ''));
        },
        set(t, value) {
          const formulas = [];
          writeGrid(t, value, 'Range.formulas', (r, c, v) => {
            if (v === null || v === undefined) return;
            const cell = ensureCell(t.sheet, r, c);
            if (typeof v === 'string' && v.startsWith('=')) {
              cell.f = v;
              cell.v = '';
              formulas.push({ address: cellAddr(r, c), input: v });
            } else {
              const ty = typed(v, cell.nf);
              cell.v = ty.v;
              delete cell.f;
              if (ty.f) {
                cell.f = ty.f;
                formulas.push({ address: cellAddr(r, c), input: v });
              }
            }
          });
          record({ op: 'range.formulas', sheet: t.sheet.name, address: rectAddr(t.rect), formulas });
        },
      },
      formulasLocal: {
        get(t) {
          return grid(t, (cell, r, c) => (cell && !mergedCovered(t.sheet, r, c) ? cell.f || cell.v : ''));
        },
      },
      numberFormat: {
        get(t) {
          checkReadSize(t, 'Range.numberFormat');
          return grid(t, (cell) => (cell && cell.nf) || 'General');
        },
        set(t, value) {
          writeGrid(t, value, 'Range.numberFormat', (r, c, v) => {
            if (v === null || v === undefined) return;
            const cell = ensureCell(t.sheet, r, c);
            if (v === 'General' || v === '') delete cell.nf;
            else cell.nf = String(v);
          });
          record({
            op: 'range.numberFormat',
            sheet: t.sheet.name,
            address: rectAddr(t.rect),
            value: Array.isArray(value) ? value : String(value),
          });
        },
      },
      numberFormatLocal: { get: (t) => grid(t, (cell) => (cell && cell.nf) || 'General') },
      text: {
        get(t) {
          checkReadSize(t, 'Range.text');
          return grid(t, (cell, r, c) =>
            cell && !mergedCovered(t.sheet, r, c) ? numberText(cell.v, cell.nf) : '',
          );
        },
      },
      valueTypes: {
        get(t) {
          checkReadSize(t, 'Range.valueTypes');
          return grid(t, (cell, r, c) => (mergedCovered(t.sheet, r, c) ? 'Empty' : valueType(cell)));
        },
      },
      hyperlink: {
        get(t) {
          const cell = getCell(t.sheet, t.rect.r0, t.rect.c0);
          return cell && cell.link ? Object.assign({}, cell.link) : {};
        },
        set(t, link) {
          assertWritable(t.sheet, 'Range.hyperlink');
          if (!link || typeof link !== 'object')
            throw err('InvalidArgument', 'Range.hyperlink', 'hyperlink must be an object');
          if (link.documentReference) {
            const p = parseAddress(link.documentReference);
            if (!p)
              throw err(
                'InvalidArgument',
                'Range.hyperlink',
                `documentReference "${link.documentReference}"`,
              );
          }
          for (let r = t.rect.r0; r <= t.rect.r1; r++)
            for (let c = t.rect.c0; c <= t.rect.c1; c++) {
              const cell = ensureCell(t.sheet, r, c);
              cell.link = Object.assign({}, link);
              if (link.textToDisplay !== undefined) {
                cell.v = String(link.textToDisplay);
                delete cell.f;
              } else if (cell.v === '') cell.v = link.address || link.documentReference || '';
            }
          record({
            op: 'range.hyperlink',
            sheet: t.sheet.name,
            address: rectAddr(t.rect),
            link: Object.assign({}, link),
          });
        },
      },
      style: {
        get: () => 'Normal',
        set(t, v) {
          assertWritable(t.sheet, 'Range.style');
          record({ op: 'range.style', sheet: t.sheet.name, address: rectAddr(t.rect), style: v });
        },
      },
    },
    nav: {
      format() {
        return new RangeFormatP(this.context, () => this._r(), `${this._path}.format`);
      },
      conditionalFormats() {
        return new ConditionalFormatCollectionP(
          this.context,
          () => rangeAreas(this._r()),
          `${this._path}.conditionalFormats`,
        );
      },
      worksheet() {
        return new WorksheetP(this.context, () => this._r().sheet, `${this._path}.worksheet`);
      },
    },
  });
  RangeP.prototype._loadExtra = function (head) {
    throw err('InvalidArgument', `${this._path}.load`, `"${head}" is not a property of Range`);
  };
  function rangeAreas(t) {
    return t === null ? null : { sheet: t.sheet, areas: [t.rect] };
  }

  // ---------------------------------------------------------------- RangeFormat (fill, font, widths)
  function eachArea(t, fn) {
    const areas = t.areas || [t.rect];
    for (const a of areas) fn(a);
  }
  class RangeFormatP extends ClientObject {
    autofitColumns() {
      this._queue(() => {
        const t = this._live();
        assertWritable(t.sheet, 'RangeFormat.autofitColumns');
        eachArea(t, (a) => {
          for (let c = a.c0; c <= Math.min(a.c1, maxCol(t.sheet)); c++) {
            let w = 8.43;
            for (const [k, cell] of t.sheet.cells)
              if (k % MAX_COLS === c) w = Math.max(w, String(numberText(cell.v, cell.nf)).length * 1.1 + 1);
            t.sheet.columnWidths[c] = Math.min(255, w) * 7.5;
          }
        });
        record({ op: 'format.autofitColumns', sheet: t.sheet.name, address: areasAddr(t) });
      });
    }
    autofitRows() {
      this._queue(() => {
        const t = this._live();
        assertWritable(t.sheet, 'RangeFormat.autofitRows');
        record({ op: 'format.autofitRows', sheet: t.sheet.name, address: areasAddr(t) });
      });
    }
  }
  function areasAddr(t) {
    return (t.areas || [t.rect]).map(rectAddr).join(',');
  }
  function formatProp(name, getFn, applyFn) {
    return {
      get: getFn,
      set(t, v) {
        assertWritable(t.sheet, `RangeFormat.${name}`);
        eachArea(t, (a) => applyFn(t, a, v));
        record({ op: `format.${name}`, sheet: t.sheet.name, address: areasAddr(t), value: v });
      },
    };
  }
  function eachCellIn(t, a, fn) {
    const rmax = a.r1 - a.r0 > 100000 ? Math.min(a.r1, maxRow(t.sheet)) : a.r1;
    const cmax = a.c1 - a.c0 > 1000 ? Math.min(a.c1, maxCol(t.sheet)) : a.c1;
    for (let r = a.r0; r <= rmax; r++) for (let c = a.c0; c <= cmax; c++) fn(ensureCell(t.sheet, r, c), r, c);
  }
  define(RangeFormatP, {
    props: {
      columnWidth: formatProp(
        'columnWidth',
        (t) =>
          same(
            range((t.areas || [t.rect])[0].c0, (t.areas || [t.rect])[0].c1).map(
              (c) => t.sheet.columnWidths[c] || 64,
            ),
          ),
        (t, a, v) => {
          if (typeof v !== 'number' || v < 0)
            throw err('InvalidArgument', 'RangeFormat.columnWidth', String(v));
          for (let c = a.c0; c <= a.c1; c++) t.sheet.columnWidths[c] = v;
        },
      ),
      rowHeight: formatProp(
        'rowHeight',
        (t) =>
          same(
            range((t.areas || [t.rect])[0].r0, (t.areas || [t.rect])[0].r1).map(
              (r) => t.sheet.rowHeights[r] || 15,
            ),
          ),
        (t, a, v) => {
          for (let r = a.r0; r <= a.r1; r++) t.sheet.rowHeights[r] = v;
        },
      ),
      wrapText: formatProp(
        'wrapText',
        (t) =>
          same(cellsOf({ sheet: t.sheet, rect: (t.areas || [t.rect])[0] }).map((c) => Boolean(c && c.wrap))),
        (t, a, v) => eachCellIn(t, a, (cell) => (cell.wrap = Boolean(v))),
      ),
      horizontalAlignment: formatProp(
        'horizontalAlignment',
        (t) =>
          same(
            cellsOf({ sheet: t.sheet, rect: (t.areas || [t.rect])[0] }).map(
              (c) => (c && c.hAlign) || 'General',
            ),
          ),
        (t, a, v) => eachCellIn(t, a, (cell) => (cell.hAlign = v)),
      ),
      verticalAlignment: formatProp(
        'verticalAlignment',
        (t) =>
          same(
            cellsOf({ sheet: t.sheet, rect: (t.areas || [t.rect])[0] }).map(
              (c) => (c && c.vAlign) || 'Bottom',
            ),
          ),
        (t, a, v) => eachCellIn(t, a, (cell) => (cell.vAlign = v)),
      ),
      indentLevel: formatProp(
        'indentLevel',
        () => 0,
        (t, a, v) => eachCellIn(t, a, (cell) => (cell.indent = v)),
      ),
    },
    nav: {
      fill() {
        return new RangeFillP(this.context, () => this._live(), `${this._path}.fill`);
      },
      font() {
        return new RangeFontP(this.context, () => this._live(), `${this._path}.font`);
      },
      borders() {
        return new RangeBorderCollectionP(this.context, () => this._live(), `${this._path}.borders`);
      },
    },
  });

  class RangeFillP extends ClientObject {
    clear() {
      this._queue(() => {
        const t = this._live();
        assertWritable(t.sheet, 'RangeFill.clear');
        eachArea(t, (a) => eachCellIn(t, a, (cell) => delete cell.fill));
        record({ op: 'format.fill.clear', sheet: t.sheet.name, address: areasAddr(t) });
      });
    }
  }
  define(RangeFillP, {
    props: {
      color: {
        get: (t) =>
          same(
            cellsOf({ sheet: t.sheet, rect: (t.areas || [t.rect])[0] }).map(
              (c) => (c && c.fill) || '#FFFFFF',
            ),
          ),
        set(t, v) {
          assertWritable(t.sheet, 'RangeFill.color');
          const color = normColor(v);
          eachArea(t, (a) => eachCellIn(t, a, (cell) => (color ? (cell.fill = color) : delete cell.fill)));
          record({ op: 'format.fill.color', sheet: t.sheet.name, address: areasAddr(t), value: color });
        },
      },
    },
  });

  function fontProp(name, dflt, norm) {
    return {
      get: (t) =>
        same(
          cellsOf({ sheet: t.sheet, rect: (t.areas || [t.rect])[0] }).map((c) =>
            c && c.font && name in c.font ? c.font[name] : dflt,
          ),
        ),
      set(t, v) {
        assertWritable(t.sheet, `RangeFont.${name}`);
        const value = norm ? norm(v) : v;
        eachArea(t, (a) =>
          eachCellIn(t, a, (cell) => {
            cell.font = Object.assign({}, cell.font || {}, { [name]: value });
          }),
        );
        record({ op: `format.font.${name}`, sheet: t.sheet.name, address: areasAddr(t), value });
      },
    };
  }
  class RangeFontP extends ClientObject {}
  define(RangeFontP, {
    props: {
      bold: fontProp('bold', false, Boolean),
      italic: fontProp('italic', false, Boolean),
      color: fontProp('color', '#000000', normColor),
      size: fontProp('size', 11),
      name: fontProp('name', 'Calibri'),
      underline: fontProp('underline', 'None'),
      strikethrough: fontProp('strikethrough', false, Boolean),
    },
  });

  class RangeBorderCollectionP extends ClientObject {
    getItem(index) {
      return new RangeBorderP(
        this.context,
        () => Object.assign({ edge: index }, this._live()),
        `${this._path}.getItem('${index}')`,
      );
    }
  }
  define(RangeBorderCollectionP, { props: {} });
  class RangeBorderP extends ClientObject {}
  function borderProp(name) {
    return {
      get: (t) => {
        const cell = getCell(t.sheet, (t.areas || [t.rect])[0].r0, (t.areas || [t.rect])[0].c0);
        return cell && cell.borders && cell.borders[t.edge]
          ? cell.borders[t.edge][name]
          : name === 'style'
            ? 'None'
            : null;
      },
      set(t, v) {
        assertWritable(t.sheet, `RangeBorder.${name}`);
        eachArea(t, (a) =>
          eachCellIn(t, a, (cell) => {
            cell.borders = cell.borders || {};
            cell.borders[t.edge] = Object.assign({}, cell.borders[t.edge] || {}, {
              [name]: name === 'color' ? normColor(v) : v,
            });
          }),
        );
        record({
          op: `format.border.${name}`,
          sheet: t.sheet.name,
          address: areasAddr(t),
          edge: t.edge,
          value: v,
        });
      },
    };
  }
  define(RangeBorderP, {
    props: { style: borderProp('style'), color: borderProp('color'), weight: borderProp('weight') },
  });

  // ---------------------------------------------------------------- RangeAreas
  class RangeAreasP extends ClientObject {
    _a() {
      const t = this._live();
      if (t === null) return null;
      return t;
    }
    select() {
      this._queue(() => {
        const t = this._a();
        state.activeSheetId = t.sheet.id;
        state.selection = { sheetId: t.sheet.id, rect: Object.assign({}, t.areas[0]) };
        record({ op: 'select', sheet: t.sheet.name, address: t.areas.map(rectAddr).join(',') });
      });
    }
    clear(applyTo) {
      this._queue(() => {
        const t = this._a();
        assertWritable(t.sheet, 'RangeAreas.clear');
        for (const a of t.areas) {
          const p = new RangeP(this.context, () => ({ sheet: t.sheet, rect: a }), 'area');
          p._queue = (fn) => fn();
          p.clear(applyTo);
        }
      });
    }
  }
  define(RangeAreasP, {
    props: {
      address: { get: (t) => t.areas.map((a) => `${quoteSheet(t.sheet.name)}!${rectAddr(a)}`).join(',') },
      addressLocal: {
        get: (t) => t.areas.map((a) => `${quoteSheet(t.sheet.name)}!${rectAddr(a)}`).join(','),
      },
      areaCount: { get: (t) => t.areas.length },
      cellCount: { get: (t) => t.areas.reduce((n, a) => n + rectCells(a), 0) },
    },
    nav: {
      format() {
        return new RangeFormatP(this.context, () => this._a(), `${this._path}.format`);
      },
      conditionalFormats() {
        return new ConditionalFormatCollectionP(
          this.context,
          () => this._a(),
          `${this._path}.conditionalFormats`,
        );
      },
      areas() {
        return new RangeCollectionP(this.context, () => this._a(), `${this._path}.areas`);
      },
      worksheet() {
        return new WorksheetP(this.context, () => this._a().sheet, `${this._path}.worksheet`);
      },
    },
  });
  class RangeCollectionP extends CollectionBase {
    _list(t) {
      return t.areas;
    }
    _itemProxy(rect) {
      const t = this._live();
      return bound(RangeP, this.context, { sheet: t.sheet, rect }, `Range(${rectAddr(rect)})`);
    }
    getItemAt(i) {
      return new RangeP(
        this.context,
        () => ({ sheet: this._live().sheet, rect: this._live().areas[i] }),
        `${this._path}.getItemAt(${i})`,
      );
    }
  }
  define(RangeCollectionP, { props: {} });

  // ---------------------------------------------------------------- conditional formats
  function trimCf(cf, rect) {
    cf.ranges = cf.ranges.flatMap((r) => subtract(r, rect));
    if (cf.ranges.length === 0) {
      cf.__deleted = true;
      return [];
    }
    return [cf];
  }
  class ConditionalFormatCollectionP extends CollectionBase {
    _list(t) {
      if (t === null) return [];
      return t.sheet.cfs.filter((cf) => cf.ranges.some((r) => t.areas.some((a) => intersect(r, a))));
    }
    _itemProxy(cf) {
      return bound(ConditionalFormatP, this.context, cf, `ConditionalFormat(${cf.id})`);
    }
    add(type) {
      let created = null;
      this._queue(() => {
        const t = this._live();
        assertWritable(t.sheet, 'ConditionalFormatCollection.add');
        if (!CF_TYPES.includes(type))
          throw err('InvalidArgument', 'ConditionalFormatCollection.add', `type "${type}"`);
        created = {
          id: newId('cf'),
          type,
          sheet: t.sheet,
          ranges: t.areas.map((a) => Object.assign({}, a)),
          priority: 0,
          stopIfTrue: false,
          rule: {},
          format: { fill: null, font: {} },
        };
        for (const cf of t.sheet.cfs) cf.priority += 1;
        t.sheet.cfs.unshift(created);
        record({ op: 'cf.add', sheet: t.sheet.name, address: areasAddr(t), type, id: created.id });
      }, 'ConditionalFormatCollection.add');
      return new ConditionalFormatP(this.context, () => created, `${this._path}.add('${type}')`);
    }
    getItem(id) {
      return new ConditionalFormatP(
        this.context,
        () => {
          const cf = this._list(this._live()).find((x) => x.id === id);
          if (!cf) throw err('ItemNotFound', 'ConditionalFormatCollection.getItem', id);
          return cf;
        },
        `${this._path}.getItem('${id}')`,
      );
    }
    getItemAt(i) {
      return new ConditionalFormatP(
        this.context,
        () => {
          const cf = this._list(this._live())[i];
          if (!cf) throw err('ItemNotFound', 'ConditionalFormatCollection.getItemAt', String(i));
          return cf;
        },
        `${this._path}.getItemAt(${i})`,
      );
    }
    clearAll() {
      this._queue(() => {
        const t = this._live();
        if (t === null) return;
        assertWritable(t.sheet, 'ConditionalFormatCollection.clearAll');
        for (const a of t.areas) t.sheet.cfs = t.sheet.cfs.flatMap((cf) => trimCf(cf, a));
        record({ op: 'cf.clearAll', sheet: t.sheet.name, address: areasAddr(t) });
      }, 'ConditionalFormatCollection.clearAll');
    }
  }
  define(ConditionalFormatCollectionP, { props: {} });
  const CF_TYPES = [
    'Custom',
    'DataBar',
    'ColorScale',
    'IconSet',
    'TopBottom',
    'PresetCriteria',
    'ContainsText',
    'CellValue',
  ];

  class ConditionalFormatP extends ClientObject {
    delete() {
      this._queue(() => {
        const cf = this._live();
        assertWritable(cf.sheet, 'ConditionalFormat.delete');
        cf.sheet.cfs = cf.sheet.cfs.filter((x) => x !== cf);
        cf.__deleted = true;
        record({
          op: 'cf.delete',
          sheet: cf.sheet.name,
          id: cf.id,
          address: cf.ranges.map(rectAddr).join(','),
        });
      }, 'ConditionalFormat.delete');
    }
    getRange() {
      return new RangeP(
        this.context,
        () => {
          const cf = this._live();
          if (cf.ranges.length !== 1)
            throw err('InvalidOperation', 'ConditionalFormat.getRange', 'applied to several ranges');
          return { sheet: cf.sheet, rect: cf.ranges[0] };
        },
        `${this._path}.getRange()`,
      );
    }
    getRangeOrNullObject() {
      return new RangeP(
        this.context,
        () => {
          const cf = this._live();
          return cf.ranges.length === 1 ? { sheet: cf.sheet, rect: cf.ranges[0] } : null;
        },
        `${this._path}.getRangeOrNullObject()`,
      );
    }
    getRanges() {
      return new RangeAreasP(
        this.context,
        () => ({ sheet: this._live().sheet, areas: this._live().ranges }),
        `${this._path}.getRanges()`,
      );
    }
  }
  define(ConditionalFormatP, {
    props: {
      id: { get: (cf) => cf.id },
      type: { get: (cf) => cf.type },
      priority: {
        get: (cf) => cf.priority,
        set(cf, v) {
          assertWritable(cf.sheet, 'ConditionalFormat.priority');
          cf.priority = v;
        },
      },
      stopIfTrue: {
        get: (cf) => cf.stopIfTrue,
        set(cf, v) {
          cf.stopIfTrue = Boolean(v);
        },
      },
    },
    nav: {
      custom() {
        return new CustomConditionalFormatP(
          this.context,
          () => {
            const cf = this._live();
            if (cf.type !== 'Custom')
              throw err('InvalidOperation', 'ConditionalFormat.custom', `type is ${cf.type}`);
            return cf;
          },
          `${this._path}.custom`,
        );
      },
      customOrNullObject() {
        return new CustomConditionalFormatP(
          this.context,
          () => (this._live().type === 'Custom' ? this._live() : null),
          `${this._path}.customOrNullObject`,
        );
      },
    },
  });
  class CustomConditionalFormatP extends ClientObject {}
  define(CustomConditionalFormatP, {
    props: {},
    nav: {
      rule() {
        return new CfRuleP(this.context, () => this._live(), `${this._path}.rule`);
      },
      format() {
        return new CfFormatP(this.context, () => this._live(), `${this._path}.format`);
      },
    },
  });
  class CfRuleP extends ClientObject {}
  define(CfRuleP, {
    props: {
      formula: {
        get: (cf) => cf.rule.formula || '',
        set(cf, v) {
          assertWritable(cf.sheet, 'ConditionalFormatRule.formula');
          if (typeof v !== 'string' || v.length > 8192)
            throw err('InvalidArgument', 'ConditionalFormatRule.formula', 'formula');
          cf.rule.formula = v.startsWith('=') ? v : `=${v}`;
          record({ op: 'cf.rule', sheet: cf.sheet.name, id: cf.id, formula: cf.rule.formula });
        },
      },
    },
  });
  class CfFormatP extends ClientObject {}
  define(CfFormatP, {
    props: {},
    nav: {
      fill() {
        return new CfFillP(this.context, () => this._live(), `${this._path}.fill`);
      },
      font() {
        return new CfFontP(this.context, () => this._live(), `${this._path}.font`);
      },
    },
  });
  class CfFillP extends ClientObject {
    clear() {
      this._queue(() => {
        this._live().format.fill = null;
      });
    }
  }
  define(CfFillP, {
    props: {
      color: {
        get: (cf) => cf.format.fill,
        set(cf, v) {
          assertWritable(cf.sheet, 'ConditionalRangeFill.color');
          cf.format.fill = normColor(v);
          record({ op: 'cf.fill', sheet: cf.sheet.name, id: cf.id, color: cf.format.fill });
        },
      },
    },
  });
  class CfFontP extends ClientObject {}
  function cfFontProp(name, norm) {
    return {
      get: (cf) => (name in cf.format.font ? cf.format.font[name] : null),
      set(cf, v) {
        assertWritable(cf.sheet, `ConditionalRangeFont.${name}`);
        cf.format.font[name] = norm ? norm(v) : v;
        record({ op: `cf.font.${name}`, sheet: cf.sheet.name, id: cf.id, value: cf.format.font[name] });
      },
    };
  }
  define(CfFontP, {
    props: {
      color: cfFontProp('color', normColor),
      bold: cfFontProp('bold', Boolean),
      italic: cfFontProp('italic', Boolean),
    },
  });

  // ---------------------------------------------------------------- tables
  function allTables() {
    return state.sheets.flatMap((s) => s.tables);
  }
  function removeTable(tb) {
    tb.sheet.tables = tb.sheet.tables.filter((x) => x !== tb);
    tb.__deleted = true;
  }
  function validTableName(n) {
    return (
      typeof n === 'string' &&
      /^[A-Za-z_\\\u3000-\u9fff\uff00-\uffef][A-Za-z0-9_.\u3000-\u9fff\uff00-\uffef]{0,254}$/.test(n) &&
      !/^[A-Za-z]{1,3}\d+$/.test(n) &&
      !/^[rcRC]$/.test(n)
    );
  }
  class TableCollectionP extends CollectionBase {
    _list(t) {
      return t.all ? allTables() : t.sheet.tables.slice();
    }
    _itemProxy(tb) {
      return bound(TableP, this.context, tb, `Table('${tb.name}')`);
    }
    add(address, hasHeaders) {
      let created = null;
      this._queue(() => {
        const t = this._live();
        let sheet;
        let rect;
        if (address instanceof RangeP) {
          const r = address._r();
          sheet = r.sheet;
          rect = r.rect;
        } else {
          const p = parseAddress(address);
          if (!p) throw err('InvalidArgument', 'TableCollection.add', `address "${address}"`);
          sheet = p.sheet !== undefined ? sheetByName(p.sheet) : t.sheet;
          if (!sheet)
            throw err('InvalidArgument', 'TableCollection.add', `address "${address}" needs a sheet name`);
          if (t.sheet && sheet !== t.sheet)
            throw err('InvalidArgument', 'TableCollection.add', 'address on another sheet');
          rect = p;
        }
        assertWritable(sheet, 'TableCollection.add');
        if (sheet.tables.some((tb) => intersect(tb.rect, rect)))
          throw err('InvalidOperation', 'TableCollection.add', 'tables cannot overlap');
        if (sheet.merges.some((m) => intersect(m, rect)))
          throw err('InvalidOperation', 'TableCollection.add', 'merged cells in the range');
        let n = ++state.tableSeq;
        while (allTables().some((x) => x.name.toLowerCase() === `table${n}`)) n = ++state.tableSeq;
        created = {
          id: newId('table'),
          name: `Table${n}`,
          sheet,
          rect: { r0: rect.r0, c0: rect.c0, r1: rect.r1, c1: rect.c1 },
          hasHeaders: Boolean(hasHeaders),
          style: 'TableStyleMedium2',
          showTotals: false,
          showBandedRows: true,
          showFilterButton: true,
        };
        if (!hasHeaders) {
          // Excel inserts a header row ("Column1"…) above the data.
          created.rect.r0 = rect.r0;
          for (let c = rect.c0; c <= rect.c1; c++) {
            const cell = ensureCell(sheet, rect.r0, c);
            if (cell.v === '') cell.v = `Column${c - rect.c0 + 1}`;
          }
        } else {
          // Header cells must be unique text: Excel rewrites blanks and duplicates.
          const seen = new Set();
          for (let c = rect.c0; c <= rect.c1; c++) {
            const cell = ensureCell(sheet, rect.r0, c);
            let name = cell.v === '' ? `Column${c - rect.c0 + 1}` : String(cell.v);
            let i = 2;
            const base = name;
            while (seen.has(name.toLowerCase())) name = `${base}${i++}`;
            seen.add(name.toLowerCase());
            if (name !== cell.v) {
              cell.v = name;
              delete cell.f;
            }
          }
        }
        sheet.tables.push(created);
        record({
          op: 'table.add',
          sheet: sheet.name,
          address: rectAddr(created.rect),
          name: created.name,
          hasHeaders: Boolean(hasHeaders),
        });
      }, 'TableCollection.add');
      return new TableP(this.context, () => created, `${this._path}.add()`);
    }
    getItem(name) {
      return new TableP(
        this.context,
        () => {
          const tb = this._list(this._live()).find(
            (x) => x.name.toLowerCase() === String(name).toLowerCase() || x.id === name,
          );
          if (!tb) throw err('ItemNotFound', 'TableCollection.getItem', String(name));
          return tb;
        },
        `Table('${name}')`,
      );
    }
    getItemOrNullObject(name) {
      return new TableP(
        this.context,
        () =>
          this._list(this._live()).find(
            (x) => x.name.toLowerCase() === String(name).toLowerCase() || x.id === name,
          ) || null,
        `Table('${name}')?`,
      );
    }
  }
  define(TableCollectionP, { props: {} });
  class TableP extends ClientObject {
    _tb() {
      return this._live();
    }
    getRange() {
      return new RangeP(
        this.context,
        () => ({ sheet: this._tb().sheet, rect: this._tb().rect }),
        `${this._path}.getRange()`,
      );
    }
    getHeaderRowRange() {
      return new RangeP(
        this.context,
        () => ({
          sheet: this._tb().sheet,
          rect: Object.assign({}, this._tb().rect, { r1: this._tb().rect.r0 }),
        }),
        `${this._path}.getHeaderRowRange()`,
      );
    }
    getDataBodyRange() {
      return new RangeP(
        this.context,
        () => {
          const tb = this._tb();
          return {
            sheet: tb.sheet,
            rect: Object.assign({}, tb.rect, { r0: Math.min(tb.rect.r0 + 1, tb.rect.r1) }),
          };
        },
        `${this._path}.getDataBodyRange()`,
      );
    }
    delete() {
      this._queue(() => {
        const tb = this._tb();
        assertWritable(tb.sheet, 'Table.delete');
        for (let r = tb.rect.r0; r <= tb.rect.r1; r++)
          for (let c = tb.rect.c0; c <= tb.rect.c1; c++) tb.sheet.cells.delete(key(r, c));
        removeTable(tb);
        record({ op: 'table.delete', sheet: tb.sheet.name, name: tb.name });
      });
    }
    convertToRange() {
      this._queue(() => {
        const tb = this._tb();
        assertWritable(tb.sheet, 'Table.convertToRange');
        removeTable(tb);
        record({ op: 'table.convertToRange', sheet: tb.sheet.name, name: tb.name });
      });
      return this.getRange();
    }
  }
  function tableProp(name, validate) {
    return {
      get: (tb) => tb[name],
      set(tb, v) {
        assertWritable(tb.sheet, `Table.${name}`);
        if (validate) validate(tb, v);
        record({ op: `table.${name}`, sheet: tb.sheet.name, name: tb.name, value: v });
        tb[name] = v;
      },
    };
  }
  define(TableP, {
    props: {
      id: { get: (tb) => tb.id },
      name: tableProp('name', (tb, v) => {
        if (!validTableName(v)) throw err('InvalidArgument', 'Table.name', `table name "${v}"`);
        if (allTables().some((x) => x !== tb && x.name.toLowerCase() === v.toLowerCase()))
          throw err('InvalidArgument', 'Table.name', `table name "${v}" is taken`);
      }),
      style: tableProp('style'),
      showTotals: tableProp('showTotals'),
      showHeaders: { get: (tb) => tb.hasHeaders },
      showBandedRows: tableProp('showBandedRows'),
      showFilterButton: tableProp('showFilterButton'),
    },
    nav: {
      worksheet() {
        return new WorksheetP(this.context, () => this._tb().sheet, `${this._path}.worksheet`);
      },
    },
  });

  // ---------------------------------------------------------------- charts (a bag of recorded settings)
  class ChartCollectionP extends CollectionBase {
    _list(t) {
      return t.sheet.charts.slice();
    }
    _itemProxy(ch) {
      return bound(ChartP, this.context, ch, `Chart('${ch.name}')`);
    }
    add(type, sourceData, seriesBy) {
      let created = null;
      this._queue(() => {
        const t = this._live();
        assertWritable(t.sheet, 'ChartCollection.add');
        const src = sourceData instanceof RangeP ? sourceData._r() : null;
        if (!src) throw err('InvalidArgument', 'ChartCollection.add', 'sourceData must be a Range');
        created = {
          id: newId('chart'),
          name: `Chart ${++state.chartSeq}`,
          type,
          sheet: t.sheet,
          source: { sheet: src.sheet.name, address: rectAddr(src.rect) },
          seriesBy: seriesBy || 'Auto',
          settings: {},
        };
        t.sheet.charts.push(created);
        record({
          op: 'chart.add',
          sheet: t.sheet.name,
          type,
          source: created.source,
          seriesBy: created.seriesBy,
        });
      }, 'ChartCollection.add');
      return new ChartP(this.context, () => created, `${this._path}.add('${type}')`);
    }
  }
  define(ChartCollectionP, { props: {} });
  class ChartP extends ClientObject {
    setPosition(start, end) {
      this._queue(() => {
        const ch = this._live();
        ch.position = {
          start: typeof start === 'string' ? start : start._r && rectAddr(start._r().rect),
          end: end && (typeof end === 'string' ? end : rectAddr(end._r().rect)),
        };
        record({ op: 'chart.setPosition', sheet: ch.sheet.name, name: ch.name, position: ch.position });
      });
    }
    delete() {
      this._queue(() => {
        const ch = this._live();
        ch.sheet.charts = ch.sheet.charts.filter((x) => x !== ch);
        ch.__deleted = true;
        record({ op: 'chart.delete', sheet: ch.sheet.name, name: ch.name });
      });
    }
  }
  function chartSetting(path) {
    return {
      get: (ch) => ch.settings[path],
      set(ch, v) {
        ch.settings[path] = v;
        if (path === 'name') ch.name = v;
        record({ op: 'chart.set', sheet: ch.sheet.name, chart: ch.name, path, value: v });
      },
    };
  }
  define(ChartP, {
    props: {
      id: { get: (ch) => ch.id },
      name: chartSetting('name'),
      top: chartSetting('top'),
      left: chartSetting('left'),
      width: chartSetting('width'),
      height: chartSetting('height'),
      chartType: chartSetting('chartType'),
    },
    nav: {
      title() {
        return new ChartPartP(
          this.context,
          () => ({ ch: this._live(), part: 'title' }),
          `${this._path}.title`,
        );
      },
      legend() {
        return new ChartPartP(
          this.context,
          () => ({ ch: this._live(), part: 'legend' }),
          `${this._path}.legend`,
        );
      },
      dataLabels() {
        return new ChartPartP(
          this.context,
          () => ({ ch: this._live(), part: 'dataLabels' }),
          `${this._path}.dataLabels`,
        );
      },
      axes() {
        return new ChartAxesP(this.context, () => this._live(), `${this._path}.axes`);
      },
      series() {
        return new ChartSeriesCollectionP(this.context, () => this._live(), `${this._path}.series`);
      },
    },
  });
  class ChartSeriesCollectionP extends CollectionBase {
    _list(ch) {
      return ensureSeries(ch);
    }
    _itemProxy(se) {
      return bound(ChartSeriesP, this.context, se, `ChartSeries(${se.index})`);
    }
    getItemAt(i) {
      return new ChartSeriesP(
        this.context,
        () => {
          const se = ensureSeries(this._live())[i];
          if (!se) throw err('ItemNotFound', 'ChartSeriesCollection.getItemAt', String(i));
          return se;
        },
        `${this._path}.getItemAt(${i})`,
      );
    }
  }
  define(ChartSeriesCollectionP, { props: {} });
  /** One series per column (seriesBy Columns/Auto) or per row of the source data; a header row names it. */
  function ensureSeries(ch) {
    if (!ch.series) {
      const p = parseAddress(ch.source.address);
      const byRows = ch.seriesBy === 'Rows';
      const n = byRows ? p.r1 - p.r0 + 1 : p.c1 - p.c0 + 1;
      ch.series = range(0, n - 1).map((index) => ({ index, chart: ch, settings: {} }));
    }
    return ch.series;
  }
  class ChartSeriesP extends ClientObject {
    setXAxisValues(source) {
      this._queue(() => {
        const se = this._live();
        const r = source._r();
        se.settings.xAxisValues = `${quoteSheet(r.sheet.name)}!${rectAddr(r.rect)}`;
        record({
          op: 'chart.series.setXAxisValues',
          sheet: se.chart.sheet.name,
          chart: se.chart.name,
          series: se.index,
          source: se.settings.xAxisValues,
        });
      }, 'ChartSeries.setXAxisValues');
    }
    setValues(source) {
      this._queue(() => {
        const se = this._live();
        const r = source._r();
        se.settings.values = `${quoteSheet(r.sheet.name)}!${rectAddr(r.rect)}`;
        record({
          op: 'chart.series.setValues',
          sheet: se.chart.sheet.name,
          chart: se.chart.name,
          series: se.index,
          source: se.settings.values,
        });
      }, 'ChartSeries.setValues');
    }
  }
  define(ChartSeriesP, {
    props: {
      name: {
        get: (se) => se.settings.name || `Series${se.index + 1}`,
        set(se, v) {
          se.settings.name = v;
          record({
            op: 'chart.series.name',
            sheet: se.chart.sheet.name,
            chart: se.chart.name,
            series: se.index,
            value: v,
          });
        },
      },
    },
  });
  class ChartAxesP extends ClientObject {}
  define(ChartAxesP, {
    props: {},
    nav: {
      categoryAxis() {
        return new ChartPartP(
          this.context,
          () => ({ ch: this._live(), part: 'categoryAxis' }),
          `${this._path}.categoryAxis`,
        );
      },
      valueAxis() {
        return new ChartPartP(
          this.context,
          () => ({ ch: this._live(), part: 'valueAxis' }),
          `${this._path}.valueAxis`,
        );
      },
    },
  });
  class ChartPartP extends ClientObject {}
  function partSetting(name) {
    return {
      get: (p) => p.ch.settings[`${p.part}.${name}`],
      set(p, v) {
        p.ch.settings[`${p.part}.${name}`] = v;
        record({
          op: 'chart.set',
          sheet: p.ch.sheet.name,
          chart: p.ch.name,
          path: `${p.part}.${name}`,
          value: v,
        });
      },
    };
  }
  define(ChartPartP, {
    props: {
      text: partSetting('text'),
      visible: partSetting('visible'),
      position: partSetting('position'),
      showValue: partSetting('showValue'),
      numberFormat: partSetting('numberFormat'),
      displayUnit: partSetting('displayUnit'),
    },
    nav: {
      title() {
        return new ChartPartP(
          this.context,
          () => ({ ch: this._live().ch, part: `${this._live().part}.title` }),
          `${this._path}.title`,
        );
      },
    },
  });

  // ---------------------------------------------------------------- freeze panes
  class FreezePanesP extends ClientObject {
    _freeze(label, rows, cols) {
      this._queue(() => {
        const s = this._live();
        assertWritable(s, `WorksheetFreezePanes.${label}`);
        s.freeze = rows || cols ? { rows, cols } : null;
        record({ op: `freeze.${label}`, sheet: s.name, rows, cols });
      });
    }
    freezeRows(n = 1) {
      this._freeze('freezeRows', n, 0);
    }
    freezeColumns(n = 1) {
      this._freeze('freezeColumns', 0, n);
    }
    freezeAt(frozen) {
      this._queue(() => {
        const s = this._live();
        assertWritable(s, 'WorksheetFreezePanes.freezeAt');
        const rect = typeof frozen === 'string' ? parseAddress(frozen) : frozen._r().rect;
        s.freeze = { rows: rect.r1 + 1, cols: rect.c1 + 1 };
        record({ op: 'freeze.freezeAt', sheet: s.name, rows: s.freeze.rows, cols: s.freeze.cols });
      });
    }
    unfreeze() {
      this._freeze('unfreeze', 0, 0);
    }
    getLocationOrNullObject() {
      return new RangeP(
        this.context,
        () => {
          const s = this._live();
          if (!s.freeze) return null;
          return {
            sheet: s,
            rect: {
              r0: 0,
              c0: 0,
              r1: Math.max(0, s.freeze.rows - 1),
              c1: s.freeze.cols ? s.freeze.cols - 1 : MAX_COLS - 1,
            },
          };
        },
        `${this._path}.getLocationOrNullObject()`,
      );
    }
  }
  define(FreezePanesP, { props: {} });

  // ---------------------------------------------------------------- worksheet custom properties
  class WorksheetCustomPropertyCollectionP extends CollectionBase {
    _list(s) {
      return [...s.customProperties.values()];
    }
    _itemProxy(p) {
      return bound(WorksheetCustomPropertyP, this.context, p, `CustomProperty('${p.key}')`);
    }
    add(k, value) {
      let created = null;
      this._queue(() => {
        const s = this._live();
        assertWritable(s, 'WorksheetCustomPropertyCollection.add');
        if (typeof k !== 'string' || !k || k.length > 255)
          throw err('InvalidArgument', 'WorksheetCustomPropertyCollection.add', 'key');
        created = { key: k, value: String(value), sheet: s };
        s.customProperties.set(k.toLowerCase(), created);
        record({ op: 'sheet.customProperty', sheet: s.name, key: k, value: String(value) });
      });
      return new WorksheetCustomPropertyP(this.context, () => created, `${this._path}.add('${k}')`);
    }
    getItem(k) {
      return new WorksheetCustomPropertyP(
        this.context,
        () => {
          const p = this._live().customProperties.get(String(k).toLowerCase());
          if (!p) throw err('ItemNotFound', 'WorksheetCustomPropertyCollection.getItem', k);
          return p;
        },
        `${this._path}.getItem('${k}')`,
      );
    }
    getItemOrNullObject(k) {
      return new WorksheetCustomPropertyP(
        this.context,
        () => this._live().customProperties.get(String(k).toLowerCase()) || null,
        `${this._path}.getItemOrNullObject('${k}')`,
      );
    }
  }
  define(WorksheetCustomPropertyCollectionP, { props: {} });
  class WorksheetCustomPropertyP extends ClientObject {
    delete() {
      this._queue(() => {
        const p = this._live();
        p.sheet.customProperties.delete(p.key.toLowerCase());
        record({ op: 'sheet.customProperty.delete', sheet: p.sheet.name, key: p.key });
      });
    }
  }
  define(WorksheetCustomPropertyP, {
    props: {
      key: { get: (p) => p.key },
      value: {
        get: (p) => p.value,
        set(p, v) {
          p.value = String(v);
          record({ op: 'sheet.customProperty', sheet: p.sheet.name, key: p.key, value: p.value });
        },
      },
    },
  });

  // ---------------------------------------------------------------- workbook settings (Excel.SettingCollection)
  class SettingCollectionP extends CollectionBase {
    _list() {
      return Object.keys(state.settings).map((k) => ({ key: k }));
    }
    _itemProxy(s) {
      return bound(SettingP, this.context, s, `Setting('${s.key}')`);
    }
    add(k, value) {
      this._queue(() => {
        state.settings[k] = JSON.parse(JSON.stringify(value));
        record({ op: 'settings.set', key: k, via: 'Excel.SettingCollection' });
      });
      return new SettingP(this.context, () => ({ key: k }), `Setting('${k}')`);
    }
    getItem(k) {
      return new SettingP(
        this.context,
        () => {
          if (!(k in state.settings)) throw err('ItemNotFound', 'SettingCollection.getItem', k);
          return { key: k };
        },
        `Setting('${k}')`,
      );
    }
    getItemOrNullObject(k) {
      return new SettingP(this.context, () => (k in state.settings ? { key: k } : null), `Setting('${k}')?`);
    }
  }
  define(SettingCollectionP, { props: {} });
  class SettingP extends ClientObject {
    delete() {
      this._queue(() => {
        const s = this._live();
        delete state.settings[s.key];
        record({ op: 'settings.delete', key: s.key });
      });
    }
  }
  define(SettingP, {
    props: {
      key: { get: (s) => s.key },
      value: {
        get: (s) => state.settings[s.key],
        set(s, v) {
          state.settings[s.key] = JSON.parse(JSON.stringify(v));
          record({ op: 'settings.set', key: s.key, via: 'Excel.Setting' });
        },
      },
    },
  });

  // ---------------------------------------------------------------- custom XML parts
  class CustomXmlPartCollectionP extends CollectionBase {
    _list(t) {
      return state.customXmlParts.filter((p) => !t.ns || p.ns === t.ns);
    }
    _itemProxy(p) {
      return bound(CustomXmlPartP, this.context, p, `CustomXmlPart(${p.id})`);
    }
    add(xml) {
      let created = null;
      this._queue(() => {
        const m = /xmlns="([^"]*)"/.exec(xml);
        created = { id: newId('xml'), ns: m ? m[1] : '', xml };
        state.customXmlParts.push(created);
        record({ op: 'customXml.add', ns: created.ns });
      });
      return new CustomXmlPartP(this.context, () => created, 'CustomXmlPart(add)');
    }
    getByNamespace(ns) {
      return new CustomXmlPartCollectionP(
        this.context,
        () => ({ ns }),
        `${this._path}.getByNamespace('${ns}')`,
      );
    }
    getItem(id) {
      return new CustomXmlPartP(
        this.context,
        () =>
          state.customXmlParts.find((p) => p.id === id) ||
          (() => {
            throw err('ItemNotFound', 'CustomXmlPartCollection.getItem', id);
          })(),
        `CustomXmlPart(${id})`,
      );
    }
    getItemOrNullObject(id) {
      return new CustomXmlPartP(
        this.context,
        () => state.customXmlParts.find((p) => p.id === id) || null,
        `CustomXmlPart(${id})?`,
      );
    }
    getOnlyItemOrNullObject() {
      return new CustomXmlPartP(
        this.context,
        () => {
          const list = this._list(this._live());
          if (list.length > 1)
            throw err(
              'InvalidOperation',
              'CustomXmlPartScopedCollection.getOnlyItemOrNullObject',
              'more than one part',
            );
          return list[0] || null;
        },
        `${this._path}.getOnlyItemOrNullObject()`,
      );
    }
  }
  define(CustomXmlPartCollectionP, { props: {} });
  class CustomXmlPartP extends ClientObject {
    getXml() {
      const r = new ClientResult();
      this._queue(() => {
        r._value = this._live().xml;
        r._set = true;
      });
      return r;
    }
    setXml(xml) {
      this._queue(() => {
        const p = this._live();
        p.xml = xml;
        record({ op: 'customXml.set', ns: p.ns });
      });
    }
    delete() {
      this._queue(() => {
        const p = this._live();
        state.customXmlParts = state.customXmlParts.filter((x) => x !== p);
        record({ op: 'customXml.delete', ns: p.ns });
      });
    }
  }
  define(CustomXmlPartP, { props: { id: { get: (p) => p.id }, namespaceUri: { get: (p) => p.ns } } });

  // ---------------------------------------------------------------- Office.*
  const API_VERSION = String(CONFIG.excelApi || '1.20');
  function versionAtLeast(have, want) {
    const a = String(have).split('.').map(Number);
    const b = String(want || '1.1')
      .split('.')
      .map(Number);
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if ((a[i] || 0) !== (b[i] || 0)) return (a[i] || 0) > (b[i] || 0);
    }
    return true;
  }
  const THEMES = {
    light: {
      bodyBackgroundColor: '#FFFFFF',
      bodyForegroundColor: '#000000',
      controlBackgroundColor: '#FFFFFF',
      controlForegroundColor: '#000000',
      themeId: 'Colorful',
    },
    dark: {
      bodyBackgroundColor: '#262626',
      bodyForegroundColor: '#FFFFFF',
      controlBackgroundColor: '#3B3B3B',
      controlForegroundColor: '#FFFFFF',
      themeId: 'Black',
    },
  };
  const associated = {};
  const documentSettings = {
    get(name) {
      const src = state.pendingSettings || state.settings;
      return name in src ? JSON.parse(JSON.stringify(src[name])) : null;
    },
    set(name, value) {
      if (!state.pendingSettings) state.pendingSettings = JSON.parse(JSON.stringify(state.settings));
      state.pendingSettings[name] = JSON.parse(JSON.stringify(value));
    },
    remove(name) {
      if (!state.pendingSettings) state.pendingSettings = JSON.parse(JSON.stringify(state.settings));
      delete state.pendingSettings[name];
    },
    saveAsync(options, callback) {
      const cb = typeof options === 'function' ? options : callback;
      setTimeout(() => {
        if (state.pendingSettings) {
          state.settings = state.pendingSettings;
          state.pendingSettings = null;
        }
        record({ op: 'settings.saveAsync', keys: Object.keys(state.settings) });
        notify();
        if (cb)
          cb({
            status: 'succeeded',
            value: undefined,
            error: null,
            asyncContext: options && options.asyncContext,
          });
      }, 0);
    },
    refreshAsync(cb) {
      setTimeout(() => cb && cb({ status: 'succeeded', value: documentSettings }), 0);
    },
    addHandlerAsync(_t, _h, _o, cb) {
      if (typeof cb === 'function') cb({ status: 'succeeded' });
    },
  };
  let readyResolve;
  const readyInfo = { host: 'Excel', platform: 'OfficeOnline' };
  const ready = new Promise((r) => (readyResolve = r));
  const Office = {
    HostType: { Excel: 'Excel', Word: 'Word', PowerPoint: 'PowerPoint', Outlook: 'Outlook' },
    PlatformType: {
      OfficeOnline: 'OfficeOnline',
      PC: 'PC',
      Mac: 'Mac',
      iOS: 'iOS',
      Android: 'Android',
      Universal: 'Universal',
    },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DocumentSelectionChanged: 'documentSelectionChanged', SettingsChanged: 'settingsChanged' },
    initialize: undefined,
    onReady(cb) {
      return ready.then((info) => {
        if (cb) cb(info);
        return info;
      });
    },
    context: {
      host: 'Excel',
      platform: 'OfficeOnline',
      displayLanguage: CONFIG.displayLanguage || 'ja-JP',
      contentLanguage: CONFIG.displayLanguage || 'ja-JP',
      officeTheme: Object.assign({}, THEMES[CONFIG.theme === 'dark' ? 'dark' : 'light']),
      diagnostics: { host: 'Excel', platform: 'OfficeOnline', version: '16.0.0000.0000' },
      requirements: {
        isSetSupported(name, version) {
          const n = String(name).toLowerCase();
          if (n === 'excelapi') return versionAtLeast(API_VERSION, version);
          if (n === 'dialogapi') return versionAtLeast('1.2', version);
          if (n === 'ribbonapi' || n === 'sharedruntime' || n === 'addincommands')
            return versionAtLeast('1.1', version);
          return false;
        },
      },
      document: { settings: documentSettings, url: WORKBOOK.file || 'Book1.xlsx', mode: 'readWrite' },
      ui: {
        displayDialogAsync(_u, _o, cb) {
          if (cb)
            cb({
              status: 'failed',
              error: { code: 12007, message: 'Dialogs are not available in the host double.' },
            });
        },
      },
    },
    actions: {
      associate(name, fn) {
        associated[name] = fn;
      },
    },
    addin: {
      showAsTaskpane: () => Promise.resolve(),
      hide: () => Promise.resolve(),
    },
  };

  const Excel = {
    RequestContext,
    run(a, b) {
      const batch = typeof a === 'function' ? a : b;
      const options = typeof a === 'function' ? {} : a || {};
      state.runCount += 1;
      // Below ExcelApi 1.20 the option is unknown and has no effect.
      if (options.mergeUndoGroup && versionAtLeast(API_VERSION, '1.20')) state.undoGroups += 1;
      const ctx = new RequestContext();
      return Promise.resolve()
        .then(() => batch(ctx))
        .then((result) => ctx.sync().then(() => result));
    },
    ErrorCodes: {
      accessDenied: 'AccessDenied',
      apiNotFound: 'ApiNotFound',
      generalException: 'GeneralException',
      invalidArgument: 'InvalidArgument',
      invalidOperation: 'InvalidOperation',
      invalidReference: 'InvalidReference',
      itemAlreadyExists: 'ItemAlreadyExists',
      itemNotFound: 'ItemNotFound',
      responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
      rangeExceedsLimit: 'RangeExceedsLimit',
      unsupportedOperation: 'UnsupportedOperation',
    },
    ConditionalFormatType: {
      custom: 'Custom',
      dataBar: 'DataBar',
      colorScale: 'ColorScale',
      iconSet: 'IconSet',
      topBottom: 'TopBottom',
      presetCriteria: 'PresetCriteria',
      containsText: 'ContainsText',
      cellValue: 'CellValue',
    },
    ChartType: { barClustered: 'BarClustered', columnClustered: 'ColumnClustered', pie: 'Pie' },
    ChartSeriesBy: { auto: 'Auto', columns: 'Columns', rows: 'Rows' },
    ClearApplyTo: { all: 'All', formats: 'Formats', contents: 'Contents', hyperlinks: 'Hyperlinks' },
    SheetVisibility: { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' },
    HorizontalAlignment: { general: 'General', left: 'Left', center: 'Center', right: 'Right' },
    VerticalAlignment: { top: 'Top', center: 'Center', bottom: 'Bottom' },
    BorderIndex: {
      edgeTop: 'EdgeTop',
      edgeBottom: 'EdgeBottom',
      edgeLeft: 'EdgeLeft',
      edgeRight: 'EdgeRight',
      insideVertical: 'InsideVertical',
      insideHorizontal: 'InsideHorizontal',
    },
    BorderLineStyle: { none: 'None', continuous: 'Continuous', dash: 'Dash' },
    ChartLegendPosition: { right: 'Right', bottom: 'Bottom', top: 'Top', left: 'Left' },
  };
  const OfficeExtension = {
    Error: OfficeError,
    ErrorCodes: {
      accessDenied: 'AccessDenied',
      generalException: 'GeneralException',
      invalidArgument: 'InvalidArgument',
      itemNotFound: 'ItemNotFound',
      propertyNotLoaded: 'PropertyNotLoaded',
      valueNotLoaded: 'ValueNotLoaded',
      invalidObjectPath: 'InvalidObjectPath',
    },
    ClientResult,
    ClientObject,
    config: { extendedErrorLogging: false },
  };

  // ---------------------------------------------------------------- the double's own surface
  function cellJson(sheet, r, c, cell) {
    const out = { v: cell.v };
    if (cell.f) out.f = cell.f;
    if (cell.nf) out.nf = cell.nf;
    if (cell.error) out.error = true;
    if (cell.fill) out.fill = cell.fill;
    if (cell.font) out.font = Object.assign({}, cell.font);
    if (cell.link) out.link = Object.assign({}, cell.link);
    if (cell.hAlign) out.hAlign = cell.hAlign;
    if (cell.wrap) out.wrap = true;
    if (mergedCovered(sheet, r, c)) out.covered = true;
    return out;
  }
  function snapshotSheet(s) {
    const cells = {};
    for (const [k, cell] of s.cells) {
      const r = Math.floor(k / MAX_COLS);
      const c = k % MAX_COLS;
      cells[cellAddr(r, c)] = cellJson(s, r, c, cell);
    }
    return {
      id: s.id,
      name: s.name,
      protected: s.protected,
      visibility: s.visibility,
      addedByApi: s.addedByApi,
      used: usedRect(s, false),
      cells,
      merges: s.merges.map(rectAddr),
      cfs: s.cfs.map((cf) => ({
        id: cf.id,
        type: cf.type,
        priority: cf.priority,
        ranges: cf.ranges.map(rectAddr),
        formula: cf.rule.formula || null,
        fill: cf.format.fill,
        font: Object.assign({}, cf.format.font),
      })),
      tables: s.tables.map((tb) => ({
        name: tb.name,
        address: rectAddr(tb.rect),
        style: tb.style,
        hasHeaders: tb.hasHeaders,
      })),
      charts: s.charts.map((ch) => ({
        name: ch.name,
        type: ch.type,
        source: ch.source,
        seriesBy: ch.seriesBy,
        settings: Object.assign({}, ch.settings),
        series: (ch.series || []).map((se) => Object.assign({}, se.settings)),
        position: ch.position || null,
      })),
      freeze: s.freeze,
      columnWidths: Object.assign({}, s.columnWidths),
      customProperties: Object.fromEntries([...s.customProperties.values()].map((p) => [p.key, p.value])),
      tabColor: s.tabColor,
    };
  }
  const api = {
    version: 1,
    state,
    get log() {
      return state.log;
    },
    get warnings() {
      return state.warnings;
    },
    get syncCount() {
      return state.syncCount;
    },
    get runCount() {
      return state.runCount;
    },
    snapshot() {
      const sel = state.selection;
      const selSheet = sheetById(sel.sheetId);
      return JSON.parse(
        JSON.stringify({
          sheets: state.sheets.map(snapshotSheet),
          activeSheet: sheetById(state.activeSheetId).name,
          selection: { sheet: selSheet ? selSheet.name : null, address: rectAddr(sel.rect) },
          settings: state.settings,
          customXmlParts: state.customXmlParts.map((p) => ({ ns: p.ns, xml: p.xml })),
          syncCount: state.syncCount,
          runCount: state.runCount,
          undoGroups: state.undoGroups,
          log: state.log,
          warnings: state.warnings,
        }),
      );
    },
    onChange(fn) {
      state.listeners.push(fn);
      return () => (state.listeners = state.listeners.filter((x) => x !== fn));
    },
    /** Runs a ribbon command associated with Office.actions.associate (event.completed is recorded). */
    runAction(name) {
      const fn = associated[name];
      if (!fn) return Promise.reject(new Error(`no action "${name}"`));
      return new Promise((resolve) => fn({ completed: () => resolve(true), source: { id: name } }));
    },
    actions: associated,
    setProtected(sheetName, value) {
      const s = sheetByName(sheetName);
      if (s) s.protected = Boolean(value);
    },
    activate(sheetName) {
      const s = sheetByName(sheetName);
      if (s) {
        state.activeSheetId = s.id;
        state.selection = { sheetId: s.id, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } };
        notify();
      }
    },
    parseAddress,
    rectAddr,
  };

  global.Office = Office;
  global.Excel = Excel;
  global.OfficeExtension = OfficeExtension;
  global.__dxDouble = api;
  // Office calls Office.initialize (if set) and resolves onReady once the host is there.
  setTimeout(() => {
    if (typeof Office.initialize === 'function') Office.initialize('');
    readyResolve(readyInfo);
  }, 0);
})(typeof window !== 'undefined' ? window : globalThis);

/**
 * Highlights that never touch the user's own formatting: the add-in adds conditional formats (a
 * custom rule that is always true, with a fill by severity) over the issues' cells, and tags each
 * one in its rule formula. Clearing deletes exactly the conditional formats that carry the tag.
 *
 * Many cells go into one call: RangeAreas from `worksheet.getRanges("A1,B3:B5,…")`, split so that no
 * address passes 8,192 characters (Excel truncates longer ones silently) and no call has more than
 * MAX_AREAS areas.
 */
import { columnLetters, parseA1 } from '../core/grid';
import type { Issue, Severity } from '../core/model';

export const HIGHLIGHT_TAG = 'dx-status-checker:highlight';
/** getRanges() silently truncates longer addresses; stay well below 8,192. */
export const MAX_ADDRESS_CHARS = 8000;
export const MAX_AREAS = 200;

export const SEVERITY_FILL: Readonly<Record<Severity, string>> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
};

const RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

/** The rule formula of the add-in's conditional format: always true, and names the add-in. */
export function highlightFormula(severity: Severity): string {
  return `=N("${HIGHLIGHT_TAG}:${severity}")=0`;
}

/** True when a conditional format's rule formula is one the add-in wrote. */
export function isOwnHighlightFormula(formula: unknown): boolean {
  return typeof formula === 'string' && formula.includes(`"${HIGHLIGHT_TAG}:`);
}

/** Cells by severity (a cell with several issues takes the most severe), merged into column runs. */
export function highlightAreas(issues: readonly Issue[]): Map<Severity, string[]> {
  const worst = new Map<string, { row: number; col: number; severity: Severity }>();
  for (const issue of issues) {
    if (!issue.cell) continue;
    const p = parseA1(issue.cell);
    if (!p) continue;
    const key = `${p.col}:${p.row}`;
    const prev = worst.get(key);
    if (!prev || RANK[issue.severity] > RANK[prev.severity])
      worst.set(key, { ...p, severity: issue.severity });
  }
  const out = new Map<Severity, string[]>();
  for (const severity of ['error', 'warning', 'info'] as const) {
    const cells = [...worst.values()]
      .filter((c) => c.severity === severity)
      .sort((a, b) => a.col - b.col || a.row - b.row);
    const areas: string[] = [];
    for (let i = 0; i < cells.length;) {
      let j = i;
      while (
        j + 1 < cells.length &&
        cells[j + 1].col === cells[i].col &&
        cells[j + 1].row === cells[j].row + 1
      )
        j++;
      const col = columnLetters(cells[i].col);
      areas.push(
        j === i ? `${col}${cells[i].row + 1}` : `${col}${cells[i].row + 1}:${col}${cells[j].row + 1}`,
      );
      i = j + 1;
    }
    if (areas.length) out.set(severity, areas);
  }
  return out;
}

/** Splits areas into getRanges() addresses: ≤ MAX_ADDRESS_CHARS characters and ≤ MAX_AREAS areas each. */
export function chunkAddresses(
  areas: readonly string[],
  maxChars = MAX_ADDRESS_CHARS,
  maxAreas = MAX_AREAS,
): string[] {
  const chunks: string[] = [];
  let current: string[] = [];
  let length = 0;
  for (const a of areas) {
    const add = current.length ? a.length + 1 : a.length;
    if (current.length && (length + add > maxChars || current.length >= maxAreas)) {
      chunks.push(current.join(','));
      current = [];
      length = 0;
    }
    length += current.length ? a.length + 1 : a.length;
    current.push(a);
  }
  if (current.length) chunks.push(current.join(','));
  return chunks;
}

/** Step 1 of replacing or clearing: queue the load of a sheet's conditional formats' types. */
export function queueListFormats(worksheet: Excel.Worksheet): Excel.ConditionalFormatCollection {
  const formats = worksheet.getRange().conditionalFormats;
  formats.load('items/id,items/type');
  return formats;
}

/** Step 2: queue the load of the rule formulas of the custom ones (only those have a formula to tag). */
export function queueCustomRules(formats: Excel.ConditionalFormatCollection): Excel.ConditionalFormat[] {
  const custom = formats.items.filter((f) => f.type === 'Custom');
  for (const f of custom) f.custom.rule.load('formula');
  return custom;
}

/** Step 3: queue the deletion of the add-in's own; returns how many. Deletes before any add, last first. */
export function queueDeleteOwn(custom: readonly Excel.ConditionalFormat[]): number {
  const own = custom.filter((f) => isOwnHighlightFormula(f.custom.rule.formula));
  // Conditional format ids are their priority in the collection: deleting from the end keeps the
  // ids of those still to be deleted valid.
  for (const f of [...own].reverse()) f.delete();
  return own.length;
}

/** Queues the add-in's conditional formats for `issues` on `worksheet`; returns the cells highlighted. */
export function queueHighlights(worksheet: Excel.Worksheet, issues: readonly Issue[]): number {
  let cells = 0;
  for (const [severity, areas] of highlightAreas(issues)) {
    for (const address of chunkAddresses(areas)) {
      const cf = worksheet.getRanges(address).conditionalFormats.add('Custom');
      cf.custom.rule.formula = highlightFormula(severity);
      cf.custom.format.fill.color = SEVERITY_FILL[severity];
    }
    for (const a of areas) {
      const [from, to] = a.split(':');
      const p = parseA1(from);
      const q = to ? parseA1(to) : p;
      cells += p && q ? q.row - p.row + 1 : 0;
    }
  }
  return cells;
}

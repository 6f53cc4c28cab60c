/**
 * missing-value: an empty cell where a value is expected — No. (warning), name (error), department
 * (warning); for a project being carried out, cost and status text (warnings). A table row with other
 * content but neither No. nor name is not counted as a project; that is reported too (warning), so an
 * amount never drops out of the totals unnoticed.
 */
import { a1, cellAt, cellText } from '../grid';
import type { Project, Severity } from '../model';
import type { IssueDraft, Rule } from './rule';

/** A draft when the project's cell of a column is there but empty (cell and text read by the caller). */
function missing(
  p: Project,
  cell: string | undefined,
  text: string | undefined,
  severity: Severity,
  messageKey: string,
): IssueDraft | null {
  if (!cell || text) return null;
  return {
    cell,
    row: p.row,
    severity,
    messageKey,
    params: { name: p.name, no: p.no ?? p.texts.no ?? '' },
  };
}

export const missingValue: Rule = {
  id: 'missing-value',
  severity: 'warning',
  *check(ctx): Generator<IssueDraft> {
    const projects = ctx.projects;
    // Projects come in sheet order (extractProjects): a table row is compared with the next project's
    // row only. Projects in any other order are looked up in a set of their rows.
    let inOrder = true;
    for (let i = 1; i < projects.length && inOrder; i++) inOrder = projects[i - 1].row < projects[i].row;
    const projectRows = inOrder ? null : new Set(projects.map((p) => p.row));
    let next = 0;
    const isProjectRow = (row: number): boolean => {
      if (projectRows) return projectRows.has(row);
      while (next < projects.length && projects[next].row < row) next++;
      return next < projects.length && projects[next].row === row;
    };
    for (let i = 0; i < ctx.tables.length; i++) {
      const table = ctx.tables[i];
      if (!table.columns.no && !table.columns.name) continue;
      // A table above the one before it (tables in any order): look from the first project again.
      if (next > 0 && projects[next - 1].row > table.firstRow) next = 0;
      const cols = Object.values(table.columns)
        .filter((c) => c.key !== 'no' && c.key !== 'name')
        .sort((a, b) => a.col - b.col);
      for (let r = table.firstRow; r <= table.lastRow; r++) {
        if (isProjectRow(r + 1)) continue;
        const no = table.columns.no ? cellText(cellAt(ctx.grid, r, table.columns.no.col)) : '';
        const name = table.columns.name ? cellText(cellAt(ctx.grid, r, table.columns.name.col)) : '';
        if (no || name) continue; // a row the pipeline chose to skip (合計)
        for (let j = 0; j < cols.length; j++) {
          const c = cols[j];
          const value = cellText(cellAt(ctx.grid, r, c.col));
          if (!value) continue;
          const cell = a1(r, (table.columns.name ?? table.columns.no)!.col);
          const shown = value.length > 30 ? `${value.slice(0, 30)}…` : value;
          yield { cell, row: r + 1, messageKey: 'rule.missing-value.identity', params: { value: shown } };
          break;
        }
      }
    }
    for (let i = 0; i < ctx.projects.length; i++) {
      const p = ctx.projects[i];
      // One look at each expected cell, in this order (no list built per project).
      const { cells, texts } = p;
      const no = missing(p, cells.no, texts.no, 'warning', 'rule.missing-value.no');
      if (no) yield no;
      const name = missing(p, cells.name, texts.name, 'error', 'rule.missing-value.name');
      if (name) yield name;
      const department = missing(
        p,
        cells.department,
        texts.department,
        'warning',
        'rule.missing-value.department',
      );
      if (department) yield department;
      if (p.sectionKind === 'implementing') {
        const cost = missing(p, cells.cost, texts.cost, 'warning', 'rule.missing-value.cost');
        if (cost) yield cost;
        const status = missing(p, cells.status, texts.status, 'warning', 'rule.missing-value.status');
        if (status) yield status;
      }
    }
  },
};

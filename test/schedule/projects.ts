/** Report projects built from the sample sheet for rule and summary tests (milestones read directly). */
import type { Cost, Project } from '../../src/core/model';
import type { ResolvedOptions, RuleContext } from '../../src/core/rules/rule';
import { inferFiscalYear, inferSheetDate, readMilestones } from '../../src/core/schedule';
import { loadSample } from './sampleSheet';

const EMPTY_COST: Cost = {
  amount: null,
  basis: 'unknown',
  cell: null,
  text: '',
  approximate: false,
  multiYear: null,
  includesRunningCosts: false,
  parts: [],
  allocation: {},
  problem: null,
};

export function sampleContext(asOf: string, withSheetDate = true): RuleContext {
  const sample = loadSample();
  const fiscalYear = inferFiscalYear(sample.grid, sample.tables);
  const sheetDate = withSheetDate ? inferSheetDate(sample.grid, sample.tables) : null;
  const projects: Project[] = sample.projects.map((p) => ({
    no: p.no,
    name: p.texts.name ?? '',
    row: p.row + 1,
    section: p.section === 'implementing' ? '令和6年度実施事業' : '令和7年度以降検討事業',
    sectionKind: p.section,
    departments: (p.texts.department ?? '').split(/\s+/).filter(Boolean),
    cost: EMPTY_COST,
    subsidies: [],
    milestones: readMilestones(p.input, { fiscalYear, asOf, sheetDate }),
    cells: p.cells,
    texts: p.texts,
  }));
  const options: ResolvedOptions = {
    asOf,
    fiscalYear,
    lang: 'ja',
    subsidyPrograms: [],
    knownDepartments: [],
    notation: [],
  };
  return { grid: sample.grid, tables: sample.tables, projects, options };
}

/** A context with one project whose texts are given. */
export function oneProjectContext(
  texts: Partial<Record<'status' | 'plan' | 'remarks', string>>,
  asOf = '2024-11-08',
  fiscalYear: number | null = 2024,
): RuleContext {
  const ctx = sampleContext(asOf);
  const cells = { status: 'F5', plan: 'G5', remarks: 'H5' };
  const input = {
    sectionKind: 'implementing' as const,
    cells: (Object.keys(texts) as Array<keyof typeof texts>).map((k) => ({
      column: k,
      cell: cells[k],
      text: texts[k] ?? '',
    })),
  };
  const project: Project = {
    ...ctx.projects[0],
    no: 1,
    row: 5,
    cells,
    texts,
    milestones: readMilestones(input, { fiscalYear, asOf }),
  };
  return { ...ctx, projects: [project], options: { ...ctx.options, asOf, fiscalYear } };
}

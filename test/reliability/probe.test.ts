import { RULES } from '../../src/core/rules';
import { detectTables } from '../../src/core/table/detect';
import { extractProjects, departmentsOnSheet } from '../../src/core/projects';
import { DEFAULT_SUBSIDY_PROGRAMS } from '../../src/core/subsidies/programs';
import { parseNotationDictionary } from '../../src/core/notation/prh';
import { DEFAULT_NOTATION_YAML } from '../../src/core/notation/default-dictionary';
import { computeTotals } from '../../src/core/totals';
import { summarizeSchedule } from '../../src/core/schedule';
import { CASES } from './cases';
import { gridOf } from './build-corpus';
test('p', () => {
  const c = CASES.find((x) => x.id === 'rows-100000')!;
  const grid = gridOf(c.input as never);
  let t0 = Date.now();
  const tables = detectTables(grid);
  console.log('detect', Date.now() - t0);
  t0 = Date.now();
  const projects = extractProjects(
    grid,
    tables,
    { subsidyPrograms: DEFAULT_SUBSIDY_PROGRAMS, fiscalYear: 2024, asOf: '2024-11-08' },
    [],
  );
  console.log('extract', Date.now() - t0);
  t0 = Date.now();
  const options = {
    asOf: '2024-11-08',
    fiscalYear: 2024,
    lang: 'ja' as const,
    subsidyPrograms: DEFAULT_SUBSIDY_PROGRAMS,
    knownDepartments: departmentsOnSheet(projects),
    knownDepartmentsConfigured: false,
    notation: parseNotationDictionary(DEFAULT_NOTATION_YAML),
  };
  for (const rule of RULES) {
    t0 = Date.now();
    const n = [...rule.check({ grid, tables, projects, options })].length;
    console.log(rule.id, Date.now() - t0, n);
  }
  t0 = Date.now();
  computeTotals(projects, DEFAULT_SUBSIDY_PROGRAMS);
  console.log('totals', Date.now() - t0);
  t0 = Date.now();
  summarizeSchedule(projects);
  console.log('sched', Date.now() - t0);
});

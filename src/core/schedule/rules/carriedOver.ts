/**
 * carried-over (info): a project of the year's implementing section (令和6年度実施事業) with a milestone
 * not done that lies after the end of that fiscal year: the work is carried into the next year.
 * One issue per project, at its first such milestone.
 */
import type { Milestone } from '../../model';
import type { Rule } from '../../rules/rule';
import { normalizeText } from '../../text/normalize';
import { fiscalYearEnd, fiscalYearLabelJa, westernYear } from '../dates';
import { effectiveFiscalYear } from '../milestones';

const SECTION_FISCAL_YEAR = /(令和|平成|(?<![A-Za-z])[RH])\s*(\d{1,2}|元)\s*年度/;

function sectionFiscalYear(section: string): number | null {
  const m = SECTION_FISCAL_YEAR.exec(normalizeText(section));
  return m ? westernYear(m[1], m[2]) : null;
}

/** The first milestone not done that starts or ends after `end`. */
function firstLater(milestones: readonly Milestone[], end: string): Milestone | undefined {
  for (let i = 0; i < milestones.length; i++) {
    const m = milestones[i];
    if (m.status !== 'done' && (m.start > end || (m.end !== null && m.end > end))) return m;
  }
  return undefined;
}

export const carriedOverRule: Rule = {
  id: 'carried-over',
  severity: 'info',
  *check(ctx) {
    // A sheet has a few sections: each section's 年度 is read once.
    const sectionYears = new Map<string, number | null>();
    const sectionYear = (section: string): number | null => {
      let fy = sectionYears.get(section);
      if (fy === undefined) {
        fy = sectionFiscalYear(section);
        sectionYears.set(section, fy);
      }
      return fy;
    };
    // The end and labels of the fiscal year last asked for (the same for every project but on odd sheets).
    let endYear: number | null = null;
    let end = '';
    let era = '';
    let fyLabel = '';
    for (let i = 0; i < ctx.projects.length; i++) {
      const project = ctx.projects[i];
      if (project.sectionKind !== 'implementing') continue;
      const fy =
        ctx.options.fiscalYear ?? sectionYear(project.section) ?? effectiveFiscalYear(null, ctx.options.asOf);
      if (fy !== endYear) {
        endYear = fy;
        end = fiscalYearEnd(fy);
        era = fiscalYearLabelJa(fy);
        fyLabel = `FY${fy}`;
      }
      const later = firstLater(project.milestones, end);
      if (!later) continue;
      yield {
        cell: later.cell,
        row: project.row,
        messageKey: 'rule.carried-over',
        params: {
          cell: later.cell,
          date: later.start > end ? later.start : end,
          era,
          fy: fyLabel,
        },
      };
    }
  },
};

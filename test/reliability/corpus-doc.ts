/** The corpus as a Markdown table (docs/reliability.md holds it between the markers). */
import { CASES, type CorpusCase } from './cases';

export const BEGIN = '<!-- corpus:begin (generated from test/reliability/cases.ts) -->';
export const END = '<!-- corpus:end -->';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

function outcome(c: CorpusCase): string {
  const e = c.expect;
  const parts: string[] = [`exit ${e.exit}`];
  if (e.cliError) parts.push(`\`${e.cliError}\``);
  if (e.cliWarning) parts.push(`warning \`${e.cliWarning}\``);
  if (e.projects !== undefined) parts.push(`${e.projects.toLocaleString('en')} projects`);
  if (e.cost !== undefined) parts.push(`total ${e.cost.toLocaleString('en')}円`);
  for (const i of e.issues ?? []) {
    parts.push(
      `\`${i.rule}\`${i.cell === null ? ' (sheet)' : i.cell ? ` ${i.cell}` : ''}${i.messageKey ? ` \`${i.messageKey}\`` : ''}`,
    );
  }
  for (const r of e.noIssues ?? []) parts.push(`no \`${r}\``);
  return parts.join('; ');
}

const EXCEL: Record<CorpusCase['expect']['excel'], string> = {
  same: 'same report',
  'empty-sheet': '`empty-sheet` HostError',
  'n/a': '—',
};

export function renderCorpusTable(cases: readonly CorpusCase[] = CASES): string {
  const rows = cases.map(
    (c) =>
      `| \`${c.id}\` | ${cell(c.title)} | ${c.input.kind === 'file' ? c.input.ext : c.input.cliAs === 'csv' ? 'grid → .csv' : 'grid → .xlsx'} | ${cell(outcome(c))} | ${EXCEL[c.expect.excel]} | ${c.gap ? cell(c.gap.text) : ''} |`,
  );
  return [
    BEGIN,
    '',
    `${cases.length} cases.`,
    '',
    '| Case | Input | CLI gets | Expected (core and CLI) | Excel adapter | Known gap |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    END,
  ].join('\n');
}

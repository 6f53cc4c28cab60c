/**
 * xl/workbook.xml and its relationships → the worksheets in tab order (name, visibility, part), the
 * date system, and where the shared strings and styles are.
 */
import { posix } from 'path';
import { END, OPEN, XmlScanner } from './xml';

export interface SheetEntry {
  /** Tab name. */
  readonly name: string;
  readonly state: 'visible' | 'hidden' | 'veryHidden' | string;
  /** Package part of the worksheet XML, e.g. "xl/worksheets/sheet1.xml". */
  readonly part: string;
}

export interface WorkbookInfo {
  /** Worksheets in tab order (chart sheets and dialog sheets left out). */
  readonly sheets: readonly SheetEntry[];
  readonly date1904: boolean;
  readonly sharedStringsPart: string;
  readonly stylesPart: string;
}

export interface Relationship {
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

/** A relationships part → Id → relationship. */
export function readRelationships(xml: string): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  const s = new XmlScanner(xml);
  for (let k = s.next(); k !== END; k = s.next()) {
    if (k !== OPEN || s.name !== 'Relationship') continue;
    const id = s.attr('Id');
    const target = s.attr('Target');
    if (id === undefined || target === undefined || rels.has(id)) continue;
    rels.set(id, { type: s.attr('Type') ?? '', target, external: s.attr('TargetMode') === 'External' });
  }
  return rels;
}

/** A relationship target → the package part it names, relative to the part that holds the relationship. */
export function resolvePart(fromPart: string, target: string): string {
  const t = target.trim();
  if (t.startsWith('/')) return posix.normalize(t).slice(1);
  return posix.normalize(posix.join(posix.dirname(fromPart), t));
}

function isWorksheetRel(type: string): boolean {
  // Worksheets only: chart sheets, dialog sheets and macro sheets hold no cells to check.
  return type === '' || type.endsWith('/worksheet');
}

export function readWorkbook(workbookXml: string, relsXml: string | null): WorkbookInfo {
  const rels = relsXml === null ? new Map<string, Relationship>() : readRelationships(relsXml);
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  const s = new XmlScanner(workbookXml);
  for (let k = s.next(); k !== END; k = s.next()) {
    if (k !== OPEN) continue;
    if (s.name === 'workbookPr') {
      const v = s.attr('date1904');
      date1904 = v === '1' || v === 'true';
    } else if (s.name === 'sheet') {
      const name = s.attr('name');
      const rel = rels.get(s.attr('r:id') ?? '');
      if (name === undefined || !rel || rel.external || !isWorksheetRel(rel.type)) continue;
      sheets.push({
        name,
        state: s.attr('state') ?? 'visible',
        part: resolvePart('xl/workbook.xml', rel.target),
      });
    } else if (s.name === 'definedNames' || s.name === 'extLst' || s.name === 'bookViews') {
      s.skipElement();
    }
  }
  const partOf = (type: string, fallback: string): string => {
    for (const rel of rels.values()) {
      if (rel.type.endsWith(`/${type}`) && !rel.external) return resolvePart('xl/workbook.xml', rel.target);
    }
    return fallback;
  };
  return {
    sheets,
    date1904,
    sharedStringsPart: partOf('sharedStrings', 'xl/sharedStrings.xml'),
    stylesPart: partOf('styles', 'xl/styles.xml'),
  };
}

/**
 * xl/styles.xml → for each cell style (cellXfs index), the number format exceljs reports as cell.numFmt
 * and whether it shows a date. Fonts, fills, borders and the rest are not read.
 */
import { builtInFormat, isBuiltInDateId, isDateFormat, reportedFormat } from './number-format';
import { CLOSE, END, OPEN, XmlScanner } from './xml';

export interface CellStyle {
  /** Number format as exceljs reports it (undefined for General and locale-dependent built-ins). */
  readonly numberFormat: string | undefined;
  readonly isDate: boolean;
}

const PLAIN: CellStyle = Object.freeze({ numberFormat: undefined, isDate: false });

export interface Styles {
  /** The style of a cell's s attribute; PLAIN when absent or unknown. */
  style(index: number): CellStyle;
}

export const NO_STYLES: Styles = { style: () => PLAIN };

export function readStyles(xml: string): Styles {
  const custom = new Map<number, string>();
  const xfFormatIds: number[] = [];
  const s = new XmlScanner(xml);
  let inCellXfs = false;
  for (let k = s.next(); k !== END; k = s.next()) {
    if (k === OPEN) {
      switch (s.name) {
        case 'numFmt': {
          const id = parseInt(s.attr('numFmtId') ?? '', 10);
          const code = s.attr('formatCode');
          if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
          break;
        }
        case 'cellXfs':
          inCellXfs = true;
          break;
        case 'xf':
          if (inCellXfs) {
            xfFormatIds.push(parseInt(s.attr('numFmtId') ?? '', 10));
            s.skipElement();
          }
          break;
        case 'fonts':
        case 'fills':
        case 'borders':
        case 'cellStyleXfs':
        case 'cellStyles':
        case 'dxfs':
        case 'tableStyles':
        case 'colors':
        case 'extLst':
          s.skipElement();
          break;
        default:
          break;
      }
    } else if (k === CLOSE && s.name === 'cellXfs') {
      inCellXfs = false;
    }
  }
  const byFormatId = new Map<number, CellStyle>();
  const styles: CellStyle[] = xfFormatIds.map((id) => {
    // exceljs: a numFmtId of 0 (or none) gives no format at all.
    if (!id) return PLAIN;
    let style = byFormatId.get(id);
    if (!style) {
      const code = custom.get(id);
      style =
        code !== undefined
          ? { numberFormat: reportedFormat(code), isDate: isDateFormat(code) }
          : { numberFormat: builtInFormat(id), isDate: isBuiltInDateId(id) };
      byFormatId.set(id, style);
    }
    return style;
  });
  return { style: (index) => styles[index] ?? PLAIN };
}

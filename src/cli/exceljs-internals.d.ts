/** The one exceljs internal the CLI touches (see internal-links.ts): the worksheet part writer. */
declare module 'exceljs/lib/xlsx/xform/sheet/worksheet-xform' {
  interface HyperlinkModel {
    address: string;
    target?: string;
    tooltip?: string;
    rId?: string;
  }
  interface RelModel {
    Id: string;
    Type: string;
    Target: string;
    TargetMode?: string;
  }
  export interface WorksheetModel {
    hyperlinks?: HyperlinkModel[];
    rels?: RelModel[];
    relationships?: RelModel[];
  }
  class WorksheetXform {
    prepare(model: WorksheetModel, options: unknown): void;
    reconcile(model: WorksheetModel, options: unknown): void;
  }
  export default WorksheetXform;
}

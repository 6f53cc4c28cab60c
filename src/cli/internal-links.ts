/**
 * exceljs 4.4 writes every hyperlink with an external relationship, even one that points into the
 * workbook (`#'Sheet'!D5`), which Excel then opens as "…##'Sheet'!D5"; and on reading it drops the
 * in-workbook links Excel wrote (a `location` attribute, no relationship). This wraps its worksheet
 * part reader and writer once so that such links survive a copy and are written the way Excel writes
 * them: a `location` attribute and no relationship. Links to web addresses are left alone.
 */
import WorksheetXform, { type WorksheetModel } from 'exceljs/lib/xlsx/xform/sheet/worksheet-xform';

const HYPERLINK_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

/** Same test exceljs uses for an in-workbook location ("Sheet2!D3", "'My sheet'!D3"). */
const CELL_LOCATION = /^[^!]+![a-zA-Z]+[\d]+$/;

/** The in-workbook location of a link target ("#'集計'!B4" → "'集計'!B4"), or null for any other target. */
export function internalLocation(target: string | undefined): string | null {
  if (!target) return null;
  const loc = target.startsWith('#') ? target.slice(1) : target;
  if (!CELL_LOCATION.test(loc) || /^[a-z][a-z0-9+.-]*:/i.test(loc)) return null;
  return loc;
}

let installed = false;

export function installInternalLinkFix(): void {
  if (installed) return;
  installed = true;
  const proto = WorksheetXform.prototype;
  const original = proto.prepare;
  proto.prepare = function prepare(this: WorksheetXform, model: WorksheetModel, options: unknown): void {
    original.call(this, model, options);
    const dropped = new Set<string>();
    for (const link of model.hyperlinks ?? []) {
      const loc = internalLocation(link.target);
      if (loc === null) continue;
      if (link.rId) dropped.add(link.rId);
      link.rId = undefined;
      link.target = loc;
    }
    if (dropped.size && model.rels) model.rels = model.rels.filter((r) => !dropped.has(r.Id));
  };
  const originalReconcile = proto.reconcile;
  proto.reconcile = function reconcile(this: WorksheetXform, model: WorksheetModel, options: unknown): void {
    // Give each location-only link a stand-in relationship so exceljs keeps it as '#location'.
    (model.hyperlinks ?? []).forEach((link, i) => {
      if (link.rId || !link.target) return;
      const id = `dxStatusLocation${i}`;
      link.rId = id;
      model.relationships = [
        ...(model.relationships ?? []),
        { Id: id, Type: HYPERLINK_REL, Target: `#${link.target}`, TargetMode: 'External' },
      ];
    });
    originalReconcile.call(this, model, options);
  };
}

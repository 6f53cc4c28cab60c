/** Selecting an issue's cell from the task pane: activate its sheet, select the cell. */

/** Queues the activation and selection (one sync by the caller). */
export function queueSelect(context: Excel.RequestContext, sheet: string, address: string): void {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(address).select();
}

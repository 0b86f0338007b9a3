/** Shows a sheet (unhiding it first when asked) and selects a cell: one request. */
export async function selectCell(
  context: Excel.RequestContext,
  sheet: string,
  cell: string,
  unhide: boolean,
): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  if (unhide) worksheet.visibility = "Visible";
  worksheet.activate();
  worksheet.getRange(cell).select();
  await context.sync();
}

/** Whether a sheet is hidden now (hidden or very hidden): one request. */
export async function isHidden(context: Excel.RequestContext, sheet: string): Promise<boolean> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.load("visibility");
  await context.sync();
  return worksheet.visibility !== "Visible";
}

/**
 * Ribbon commands. Office runs this file in commands.html (the manifest's FunctionFile) and
 * calls each command by the name it is associated with here, which must be the name in
 * manifest.xml's <FunctionName>.
 */

/** The manifest's <FunctionName> for the "Kiểm tra nhanh" button. */
export const QUICK_CHECK = "quickCheck";

/**
 * "Kiểm tra nhanh": check the workbook's plan tables without opening the task pane.
 *
 * The check needs the workbook layer (reading sheets through the Office.js gateway), which is
 * not part of the add-in yet. Until it is, the command reads and changes nothing and only tells
 * Office that it has finished, so the button never leaves Excel waiting.
 */
export function quickCheck(event: Office.AddinCommands.Event): void {
  event.completed();
}

Office.actions.associate(QUICK_CHECK, quickCheck);

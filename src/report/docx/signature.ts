import { AlignmentType, Table, TableCell, TableRow, WidthType } from "docx";
import { CONTENT_WIDTH, SIZE, mm } from "./page";
import { BLANK, NO_BORDERS } from "./heading";
import { centred, line, run } from "./text";

/**
 * The foot of the document: "Nơi nhận:" bottom left with lines to fill, the signature block
 * bottom right ("TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", room to sign, a blank for the signer's name).
 * One row that never splits across pages.
 */
export function signatureBlock(): Table {
  const left = mm(75);
  const right = CONTENT_WIDTH - left;
  const recipient = (text: string) =>
    line(text, { size: SIZE.recipients, align: AlignmentType.LEFT, after: 0 });
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            width: { size: left, type: WidthType.DXA },
            children: [
              line([run("Nơi nhận:", { bold: true, italics: true, size: SIZE.recipientsHead })], {
                align: AlignmentType.LEFT,
                after: 0,
              }),
              recipient(`- ${BLANK.name};`),
              recipient(`- ${BLANK.name};`),
              recipient("- Lưu: VT."),
            ],
          }),
          new TableCell({
            width: { size: right, type: WidthType.DXA },
            children: [
              centred("TM. ỦY BAN NHÂN DÂN", { bold: true }),
              centred("CHỦ TỊCH", { bold: true }),
              centred("", { after: 1200 }),
              centred(BLANK.name, { bold: true }),
            ],
          }),
        ],
      }),
    ],
  });
}

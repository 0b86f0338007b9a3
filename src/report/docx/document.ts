import {
  AlignmentType,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type Table,
} from "docx";
import { A4, FONT, MARGINS, SIZE } from "./page";

type Block = Paragraph | Table;

/** Page numbers centred at the top from the second page on (Decree 30, Appendix I, part 12). */
function pageNumbers(): { default: Header; first: Header } {
  return {
    default: new Header({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ children: [PageNumber.CURRENT], size: SIZE.body })],
        }),
      ],
    }),
    first: new Header({ children: [new Paragraph({ children: [] })] }),
  };
}

const PAGE = {
  size: { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT },
  margin: { ...MARGINS, header: 567, footer: 567 },
};

/**
 * The document: the report on A4 portrait pages with the official margins, Times New Roman
 * throughout, then the appendix (whose first line starts a new page). One section: a section
 * break after the signature's table would need a paragraph of its own, which can spill onto a
 * blank page.
 */
export function reportDocument(
  body: readonly Block[],
  appendix: readonly Block[],
  title: string,
): Document {
  return new Document({
    creator: "Chỉ tiêu",
    title,
    styles: {
      default: {
        document: { run: { font: FONT, size: SIZE.body }, paragraph: { spacing: { after: 0 } } },
      },
    },
    sections: [
      {
        properties: { page: PAGE, titlePage: true },
        headers: pageNumbers(),
        children: [...body, ...appendix],
      },
    ],
  });
}

/** The .docx bytes, in Node and in the browser alike. */
export async function packDocx(document: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

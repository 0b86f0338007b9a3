import { AlignmentType, Paragraph, TextRun, type IRunOptions } from "docx";
import { BODY_INDENT, LINE, PARAGRAPH_AFTER, SIZE } from "./page";

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

export interface LineOptions {
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  size?: number;
  align?: Align;
  /** First-line indent, as body paragraphs have. */
  indent?: boolean;
  before?: number;
  after?: number;
  keepNext?: boolean;
  /** Starts a new page (the appendix). */
  pageBreakBefore?: boolean;
}

export function run(text: string, options: LineOptions = {}): TextRun {
  const props: IRunOptions = {
    text,
    size: options.size ?? SIZE.body,
    ...(options.bold ? { bold: true } : {}),
    ...(options.italics ? { italics: true } : {}),
    ...(options.underline ? { underline: {} } : {}),
  };
  return new TextRun(props);
}

/** One paragraph of runs; plain text or runs with their own weights. */
export function line(content: string | TextRun[], options: LineOptions = {}): Paragraph {
  return new Paragraph({
    children: typeof content === "string" ? [run(content, options)] : content,
    alignment: options.align ?? AlignmentType.JUSTIFIED,
    spacing: { before: options.before ?? 0, after: options.after ?? PARAGRAPH_AFTER, line: LINE },
    ...(options.indent ? { indent: { firstLine: BODY_INDENT } } : {}),
    ...(options.keepNext ? { keepNext: true } : {}),
    ...(options.pageBreakBefore ? { pageBreakBefore: true } : {}),
  });
}

/** A body paragraph: justified, its first line indented. */
export function body(content: string | TextRun[], options: LineOptions = {}): Paragraph {
  return line(content, { indent: true, ...options });
}

/** A centred line, with no space after unless asked. */
export function centred(text: string, options: LineOptions = {}): Paragraph {
  return line(text, { align: AlignmentType.CENTER, after: 0, ...options });
}

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

/**
 * A body line not made yet: the lines just above the signature are made "keep with next", so
 * the signature block never stands alone on the last page.
 */
export interface Pending {
  pending: true;
  content: string | TextRun[];
  options: LineOptions;
}

export function pending(content: string | TextRun[], options: LineOptions = {}): Pending {
  return { pending: true, content, options: { indent: true, ...options } };
}

/** Makes the pending lines, the last `kept` of them kept with what follows. */
export function settle<B>(blocks: readonly (B | Pending)[], kept: number): (B | Paragraph)[] {
  let left = kept;
  const out: (B | Paragraph)[] = [];
  for (let i = blocks.length - 1; i >= 0; i -= 1) {
    const block = blocks[i];
    if (typeof block === "object" && block !== null && "pending" in block) {
      const keep = left > 0;
      left -= 1;
      out.push(line(block.content, keep ? { ...block.options, keepNext: true } : block.options));
    } else out.push(block);
  }
  return out.reverse();
}

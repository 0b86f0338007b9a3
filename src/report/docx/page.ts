/**
 * The page of an administrative document (Decree 30/2020/NĐ-CP, Appendix I): A4, margins top
 * and bottom 20–25 mm, left 30–35 mm, right 15–20 mm; Times New Roman 13–14 pt. Lengths are in
 * twips (1/20 pt), sizes in half-points, as OOXML writes them.
 */
export const TWIPS_PER_MM = 1440 / 25.4;

export const mm = (value: number): number => Math.round(value * TWIPS_PER_MM);

export const A4 = { width: 11906, height: 16838 } as const;

export const MARGINS = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) } as const;

/** The width text and tables take on a portrait page. */
export const CONTENT_WIDTH = A4.width - MARGINS.left - MARGINS.right;

export const FONT = "Times New Roman";

/** Half-points. */
export const SIZE = {
  /** Body text, the document kind, the signature: 14 pt. */
  body: 28,
  /** Issuing body and national title: 13 pt. */
  title: 26,
  /** Tables of the appendix: 12 pt. */
  table: 24,
  /** "Nơi nhận:": 12 pt; its list: 11 pt. */
  recipientsHead: 24,
  recipients: 22,
} as const;

/** Body paragraphs: first line indented 1,27 cm, 6 pt after, a little over single spacing. */
export const BODY_INDENT = mm(12.7);
export const PARAGRAPH_AFTER = 120;
export const LINE = 276;

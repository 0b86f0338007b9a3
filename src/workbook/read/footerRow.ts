import { foldText } from "../../engine/text/normalize";

/** Signature captions; only short texts, so that an indicator named alike is not taken for one. */
const CAPTION =
  /^(nguoi lap( bieu)?|lap bieu|nguoi ghi|thu truong( don vi| co quan)?|ke toan( truong)?|giam doc|(pho )?chu tich|xac nhan|noi nhan)\b/;

const SIGNATURE =
  /^((tm|t\/m|kt|q)\.? ?(ubnd|uy ban|hdnd|chu tich|giam doc|thu truong|truong)|\(ky\b|so tien bang chu)/;

const SIGNED_DATE = /\bngay\b.{0,20}\bthang\b.{0,20}\bnam\b/;

/** Text under a table: signatures ("Người lập biểu", "TM. UBND"), "…, ngày 15 tháng 11 năm 2020". */
export function isFooterText(text: string): boolean {
  const folded = foldText(text);
  if (folded.length <= 40 && CAPTION.test(folded)) return true;
  return SIGNATURE.test(folded) || SIGNED_DATE.test(folded);
}

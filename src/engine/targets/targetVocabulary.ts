/**
 * The words of the target grammar, folded (no diacritics, lower case), Vietnamese and English.
 * Each entry is regex source matched against a shape ("tu # tro len"); longer phrases first
 * where one is a prefix of another. Symbols are regex-escaped.
 */

/** "không", "chưa", "not": a lead-in never swallows these, so "không tăng 5%" is not read. */
export const NEGATIONS = ["khong", "chua", "chang", "ko", "not", "no", "never", "non", "without"];

/** ≥ with the bound included: "ít nhất 97%", "tối thiểu 10", "không dưới 10", "at least 12". */
export const AT_LEAST_BEFORE = [
  "it nhat",
  "toi thieu",
  "khong duoi",
  "khong it hon",
  "khong thap hon",
  "khong nho hon",
  "lon hon hoac bang",
  "cao hon hoac bang",
  ">=",
  "at least",
  "no less than",
  "not less than",
  "no fewer than",
  "not fewer than",
  "not below",
  "not under",
  "minimum",
  "min",
];

/** ≥ written after the number: "12% trở lên", "12 or more", "12+". */
export const AT_LEAST_AFTER = [
  "tro len",
  "or more",
  "or above",
  "or higher",
  "or over",
  "and above",
  "and over",
  "and up",
  "\\+",
];

/** > : "trên 70%", "hơn 70", "> 70", "more than 70", "over 70". */
export const ABOVE = [
  "cao hon",
  "lon hon",
  "nhieu hon",
  "tren",
  "hon",
  ">",
  "more than",
  "greater than",
  "higher than",
  "in excess of",
  "over",
  "above",
];

/** ≤ with the bound included: "không quá 3", "tối đa 5", "<= 3", "at most 3". */
export const AT_MOST_BEFORE = [
  "khong vuot qua",
  "khong vuot",
  "khong qua",
  "khong nhieu hon",
  "khong cao hon",
  "khong lon hon",
  "khong hon",
  "toi da",
  "nho hon hoac bang",
  "be hon hoac bang",
  "thap hon hoac bang",
  "<=",
  "at most",
  "no more than",
  "not more than",
  "no higher than",
  "not higher than",
  "no greater than",
  "not greater than",
  "not over",
  "not exceeding",
  "not to exceed",
  "maximum",
  "max",
  "up to",
];

/** ≤ written after the number: "3 trở xuống", "3 or less". */
export const AT_MOST_AFTER = [
  "tro xuong",
  "tro lai",
  "or less",
  "or fewer",
  "or below",
  "or lower",
  "and below",
  "and under",
];

/** < : "dưới 3", "< 3", "less than 3", "below 3". */
export const BELOW = [
  "duoi",
  "<",
  "it hon",
  "thap hon",
  "nho hon",
  "be hon",
  "less than",
  "fewer than",
  "lower than",
  "below",
  "under",
];

/** Between the two ends of a range: "13-14", "13 ~ 14", "13 ÷ 14" (read as "-"), "13 đến 14". */
export const RANGE_SEPARATORS = ["-", "~", "den", "toi", "to"];

/** Opening a range: "từ 13 đến 14", "from 13 to 14". */
export const RANGE_OPENERS = ["tu", "from"];

/** Opening a range closed by "và"/"and": "giữa 13 và 14", "between 13 and 14". */
export const BETWEEN_OPENERS = ["trong khoang", "between", "giua"];

export const BETWEEN_SEPARATORS = ["and", "va", ...RANGE_SEPARATORS];

/** "tăng" but not "tăng cường" (strengthen) or "tăng trưởng" (growth). */
export const INCREASE_VERBS = [
  "tang(?! (?:cuong|truong)(?: |$))",
  "vuot",
  "increase",
  "increased",
  "raise",
  "grow",
  "rise",
  "up",
];

export const DECREASE_VERBS = [
  "giam",
  "decrease",
  "decreased",
  "reduce",
  "reduced",
  "cut",
  "lower",
  "down",
];

/** Between a change verb (and its object) and the number: "tăng thêm 200", "increase by 5%". */
export const CHANGE_LEADS = [
  "tu",
  "from",
  "by",
  "them",
  "khoang",
  "about",
  "it nhat",
  "toi thieu",
  "at least",
];

/** After a change: "tăng 5% trở lên" is still an increase of 5%. */
export const CHANGE_TAILS = ["tro len", "or more"];

/** After a decrease verb, the level to reach rather than the change: "giảm còn 2%", "giảm về 0". */
export const DECREASE_TO = ["xuong con", "xuong muc", "xuong", "con", "ve muc", "ve"];

/** A ceiling of zero in words: "không để xảy ra cháy rừng", "không phát sinh nợ đọng". */
export const NONE_ALLOWED = [
  "khong de xay ra",
  "khong de phat sinh",
  "khong xay ra",
  "khong phat sinh",
];

export const MAINTAIN_VERBS = [
  "duy tri",
  "giu vung",
  "giu on dinh",
  "giu",
  "on dinh",
  "maintain",
  "keep",
  "sustain",
  "hold",
];

export const MILESTONE_VERBS = [
  "hoan thanh",
  "hoan tat",
  "xong",
  "completed",
  "complete",
  "completion",
  "done",
  "finished",
  "finish",
];

/** A lead-in never swallows a change verb: "tăng 5% trở lên" must not read as "≥ 5%". */
export const CHANGE_VERB_WORDS = [
  "tang",
  "giam",
  "vuot",
  "increase",
  "increased",
  "decrease",
  "decreased",
  "reduce",
  "reduced",
  "raise",
  "grow",
  "rise",
  "up",
  "cut",
  "down",
];

/** Words that end a unit: "600 hộ" has a unit, "12 trở lên" / "13 đến 14" do not. */
export const UNIT_STOPS = [
  "den",
  "toi",
  "tro",
  "len",
  "xuong",
  "hon",
  "or",
  "hoac",
  "than",
  "tren",
  "duoi",
  "va",
  "and",
];

/** Words that end the object of a verb ("giảm tỷ lệ phạm pháp từ 3 - 5%"). */
export const OBJECT_STOPS = [
  "tu",
  "den",
  "toi",
  "tren",
  "duoi",
  "hon",
  "khong",
  "tro",
  "len",
  "xuong",
  "it",
  "nhat",
  "thieu",
  "da",
  "qua",
  "from",
  "to",
  "by",
  "than",
  "over",
  "under",
  "above",
  "below",
  "least",
  "most",
  "more",
  "less",
];

/**
 * Words that may stand before a plain number or range: "phấn đấu đạt 250 tỷ đồng",
 * "khoảng 13-14%".
 */
export const FILLERS = [
  "phan dau",
  "dat duoc",
  "dat muc",
  "dat",
  "o muc",
  "muc",
  "bang",
  "la",
  "trong khoang",
  "khoang",
  "xap xi",
  "gan",
  "ke hoach",
  "kh",
  "chi tieu",
  "muc tieu",
  "toc do",
  "ty le",
  "target",
  "plan",
  "about",
  "around",
  "approximately",
  "approx",
  "roughly",
  "reach",
  "achieve",
  "at",
  "of",
  "is",
];

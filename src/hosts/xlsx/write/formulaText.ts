/**
 * Functions newer than Excel 2007 that a file stores with the "_xlfn." prefix (ECMA-376's
 * "future functions"): Excel shows #NAME? for them when the prefix is missing. Only scalar
 * functions are listed; dynamic-array functions need more than a prefix and are not written.
 */
const FUTURE_FUNCTIONS = [
  "IFNA",
  "IFS",
  "SWITCH",
  "MAXIFS",
  "MINIFS",
  "CONCAT",
  "TEXTJOIN",
  "XLOOKUP",
  "XMATCH",
  "DAYS",
  "ISOWEEKNUM",
  "CEILING.MATH",
  "FLOOR.MATH",
];

const CALL_SOURCE = `(^|[^\\w.])(${FUTURE_FUNCTIONS.map((f) => f.replace(".", "\\.")).join("|")})(?=\\s*\\()`;
const CALL = new RegExp(CALL_SOURCE, "gi");
/** CALL without its global state, to ask whether a formula has a future function at all. */
const ANY_CALL = new RegExp(CALL_SOURCE, "i");

/**
 * A formula as <f> stores it: without its "=", future functions prefixed. Text inside double
 * quotes and sheet names inside single quotes are left as they are.
 */
export function storedFormula(formula: string): string {
  const body = formula.replace(/^=/, "");
  // A call found in a part outside the quotes is found in the whole formula too (a part's
  // start follows a quote, which is not a name character): most formulas have none, and are
  // stored as they are without splitting their (long) text.
  if (!ANY_CALL.test(body)) return body;
  return body
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(CALL, "$1_xlfn.$2")))
    .join("");
}

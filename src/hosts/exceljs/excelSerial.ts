/**
 * Dates as Excel stores them: a serial number of days. ExcelJS turns a number in a date-formatted
 * cell into a Date by (serial − 25569) days from 1970-01-01 UTC, minus 1462 more days in the
 * 1904 date system; this is its exact inverse, so the serial read is the serial in the file
 * (including Excel's fictitious 1900-02-29 and the days before it, which ExcelJS shifts and
 * this shifts back). Rounded to the nanoday to drop floating-point dust from the millisecond
 * round trip.
 */
const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;
const DATE_1904_OFFSET = 1_462;

export function dateToSerial(date: Date, date1904: boolean): number {
  const serial =
    date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL - (date1904 ? DATE_1904_OFFSET : 0);
  return Math.round(serial * 1e9) / 1e9;
}

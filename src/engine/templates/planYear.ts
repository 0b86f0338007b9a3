/**
 * The plan year a new template defaults to: the calendar year of `today`, the year whose plan
 * offices are filling in and reporting on. The caller passes the date: the engine keeps no clock.
 */
export function planYear(today: Date): number {
  return today.getFullYear();
}

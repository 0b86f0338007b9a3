/** A number written Vietnamese style, as the templates type it: 8664.9 → "8.664,9". */
export function viNumber(value: number): string {
  const [whole = "", fraction] = Math.abs(value).toString().split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const text = fraction === undefined ? grouped : `${grouped},${fraction}`;
  return value < 0 ? `-${text}` : text;
}

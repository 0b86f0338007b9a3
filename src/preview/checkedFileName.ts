/** "ke-hoach.xlsx" → "ke-hoach-da-kiem-tra.xlsx" (or "-checked" in English). */
export function checkedFileName(name: string, suffix: string): string {
  const base = name.replace(/\.xlsx$/i, "") || "chi-tieu";
  return `${base}-${suffix}.xlsx`;
}

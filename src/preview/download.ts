/** Offers bytes as a file download, from the page itself (a blob URL: nothing is sent). */
export function downloadBytes(bytes: Uint8Array, fileName: string): void {
  const blob = new Blob([bytes as BlobPart], {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "ke-hoach.xlsx" → "ke-hoach-da-kiem-tra.xlsx" (or "-checked" in English). */
export function checkedFileName(name: string, suffix: string): string {
  const base = name.replace(/\.xlsx$/i, "") || "chi-tieu";
  return `${base}-${suffix}.xlsx`;
}

/**
 * Copies text to the clipboard. Task panes in some Excel versions block the async clipboard
 * API; then a hidden textarea and document.execCommand("copy") are tried. Throws when both fail.
 */
export async function copyText(text: string): Promise<void> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return;
    }
  } catch {
    // Fall through to the older way.
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  area.select();
  try {
    if (!document.execCommand("copy")) throw new Error("execCommand copy refused");
  } finally {
    area.remove();
  }
}

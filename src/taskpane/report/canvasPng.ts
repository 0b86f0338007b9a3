import type { PngRenderer } from "../../report/chart/pngRenderer";

const LOAD_TIMEOUT_MS = 10_000;

/**
 * The pane's PNG renderer: the browser draws the SVG into a canvas (nothing leaves the page).
 * Undefined where there is no canvas to draw in; the report then says the chart is missing.
 */
export const canvasPng: PngRenderer = async (svg, scale) => {
  try {
    const canvas = document.createElement("canvas");
    const context = canvas.getContext("2d");
    if (!context) return undefined;
    const image = new Image();
    const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
    try {
      await new Promise<void>((resolve, reject) => {
        image.onload = () => resolve();
        image.onerror = () => reject(new Error("svg"));
        // A page that never loads the picture must not hold the report forever.
        setTimeout(() => reject(new Error("timeout")), LOAD_TIMEOUT_MS);
        image.src = url;
      });
    } finally {
      URL.revokeObjectURL(url);
    }
    canvas.width = Math.round(image.width * scale);
    canvas.height = Math.round(image.height * scale);
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
    return blob ? new Uint8Array(await blob.arrayBuffer()) : undefined;
  } catch {
    return undefined;
  }
};

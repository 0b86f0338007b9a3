/** The media types of the files the pane and the preview offer. */
export const MEDIA_TYPE = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  zip: "application/zip",
} as const;

/**
 * Offers bytes as a file download from the page itself (a blob URL: nothing is sent). In Excel
 * the pane's browser saves it to the downloads folder or asks where, as the host's browser does.
 */
export function offerDownload(
  bytes: Uint8Array,
  fileName: string,
  type: (typeof MEDIA_TYPE)[keyof typeof MEDIA_TYPE],
): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

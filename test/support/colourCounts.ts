/** Pixels of each exact colour ("#RRGGBB") in a binary PPM (P6) image, as pdftoppm writes it. */
export function colourCounts(ppm: Buffer, colours: string[]): Record<string, number> {
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 50).toString("latin1"));
  if (!header) throw new Error("not a P6 image");
  const wanted = new Map(colours.map((c) => [parseInt(c.slice(1), 16), c]));
  const counts: Record<string, number> = Object.fromEntries(colours.map((c) => [c, 0]));
  for (let at = header[0].length; at + 2 < ppm.length; at += 3) {
    const name = wanted.get((ppm[at] << 16) | (ppm[at + 1] << 8) | ppm[at + 2]);
    if (name !== undefined) counts[name] += 1;
  }
  return counts;
}

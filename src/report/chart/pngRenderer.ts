/**
 * Turns an SVG drawing into PNG bytes at `scale` times its size: resvg on the command line, a
 * canvas in the browser. Resolves undefined where it cannot (a browser without canvas): the
 * report then says the chart is missing rather than leaving it out silently.
 */
export type PngRenderer = (svg: string, scale: number) => Promise<Uint8Array | undefined>;

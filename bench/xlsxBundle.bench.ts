import { mkdtemp, readFile, rm } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import webpack from "webpack";

const ROOT = join(__dirname, "..");

/**
 * src/hosts/xlsx (reader, writer, fflate, saxes, and what they import) built alone as the
 * preview builds it (webpack production, ts-loader with ES modules, minified), every export
 * kept: the .xlsx code the preview carries.
 */
async function buildXlsxAlone(out: string): Promise<Uint8Array> {
  const compiler = webpack({
    mode: "production",
    context: ROOT,
    entry: { xlsx: "./src/hosts/xlsx/index.ts" },
    output: { path: out, filename: "[name].js", library: { type: "umd", name: "xlsx" } },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              configFile: join(ROOT, "tsconfig.json"),
              onlyCompileBundledFiles: true,
              transpileOnly: true,
              compilerOptions: { module: "esnext", moduleResolution: "bundler" },
            },
          },
        },
      ],
    },
  });
  const stats = await new Promise<webpack.Stats | undefined>((resolve, reject) =>
    compiler.run((error, result) => (error ? reject(error) : resolve(result))),
  );
  if (stats?.hasErrors()) throw new Error(stats.toString("errors-only"));
  return readFile(join(out, "xlsx.js"));
}

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

/** The preview's .xlsx code, raw and gzipped, beside ExcelJS's own minified bundle. */
export async function benchXlsxBundle(): Promise<void> {
  const out = await mkdtemp(join(tmpdir(), "chitieu-xlsx-bundle-"));
  try {
    const code = await buildXlsxAlone(out);
    console.log(
      `the preview's .xlsx code (src/hosts/xlsx with fflate and saxes, webpack production, minified): ` +
        `${kib(code.length)}, ${kib(gzipSync(code, { level: 9 }).length)} gzipped`,
    );
    const exceljs = join(ROOT, "node_modules", "exceljs", "dist", "exceljs.min.js");
    if (existsSync(exceljs)) {
      const old = await readFile(exceljs);
      console.log(
        `  for comparison, exceljs.min.js (what the preview carried before): ${kib(old.length)}, ${kib(gzipSync(old, { level: 9 }).length)} gzipped`,
      );
    }
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

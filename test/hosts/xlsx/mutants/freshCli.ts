import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./runCli";

function newestSource(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith(".ts")) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * Makes bin/chitieu.js run the compiled CLI (build/cli/chitieu.js) rather than ts-node, building
 * it when src/ is newer (`npm run build:cli`: tsc, then the one-file bundle, about 15 s):
 * timings then leave out ts-node's start-up. Returns whether it had to build.
 */
export function ensureCompiledCli(): boolean {
  const compiled = path.join(ROOT, "build", "cli", "chitieu.js");
  const fresh =
    existsSync(compiled) && statSync(compiled).mtimeMs >= newestSource(path.join(ROOT, "src"));
  if (fresh) return false;
  const tsc = path.join(ROOT, "node_modules", "typescript", "bin", "tsc");
  const webpack = path.join(ROOT, "node_modules", "webpack", "bin", "webpack.js");
  execFileSync(process.execPath, [tsc, "-p", "tsconfig.cli.json"], { cwd: ROOT, stdio: "inherit" });
  execFileSync(process.execPath, [webpack, "--config", "webpack.cli.config.js"], {
    cwd: ROOT,
    stdio: "inherit",
  });
  return true;
}

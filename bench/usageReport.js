// Preloaded into a bench's CLI run (node -r): writes the process's peak resident set size (KB)
// and the CPU time it used (user + system, ms) as JSON to CHITIEU_USAGE_FILE when it exits.
"use strict";
const fs = require("node:fs");
process.on("exit", () => {
  const file = process.env.CHITIEU_USAGE_FILE;
  if (!file) return;
  const usage = process.resourceUsage();
  const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
  fs.writeFileSync(file, JSON.stringify({ maxRssKb: usage.maxRSS, cpuMs }));
});

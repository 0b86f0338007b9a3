// Preloaded into a CLI run (node -r): writes the process's peak resident set size, in KB, to
// the file CHITIEU_RSS_FILE names when the process exits, however it exits.
"use strict";
const fs = require("node:fs");
process.on("exit", () => {
  const file = process.env.CHITIEU_RSS_FILE;
  if (file) fs.writeFileSync(file, String(process.resourceUsage().maxRSS));
});

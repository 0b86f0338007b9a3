import * as zlib from "node:zlib";
import { useDeflate, useNativeZip } from "../hosts/xlsx";
import { main } from "./main";
import { nodeIo } from "./nodeIo";

// Node's zlib deflates the parts a command writes and inflates those it reads (with the CRC
// where this Node has zlib.crc32), several times faster than the browser's fflate. Level 3
// deflates a consolidation's 15 MB source sheet in a third of level 6's time, 18% larger.
useDeflate((data) => zlib.deflateRawSync(data, { level: 3 }));
useNativeZip({
  inflate: (data, maxLength) => zlib.inflateRawSync(data, { maxOutputLength: maxLength }),
  ...(typeof zlib.crc32 === "function" ? { crc32: zlib.crc32 } : {}),
});

main(process.argv.slice(2), nodeIo).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A bug of ours, not the user's input: one line, the stack only when asked for.
    const detail = error instanceof Error ? error.message : String(error);
    nodeIo.stderr(`chitieu: lỗi không mong đợi / unexpected error: ${detail}\n`);
    if (process.env.CHITIEU_DEBUG && error instanceof Error) nodeIo.stderr(`${error.stack}\n`);
    process.exitCode = 2;
  },
);

import { main } from "../../src/cli/main";
import { openWorkbook } from "../../src/hosts/xlsx";
import { MemoryIo } from "./memoryIo";

describe("npm run demo", () => {
  test("writes a district plan and three ward plans, their checked copies, and the sentences", async () => {
    const io = new MemoryIo();
    expect(await main(["demo", "--out", "demo"], io)).toBe(0);
    const names = [...io.files.keys()].sort();
    expect(names).toHaveLength(8);
    expect(names.filter((n) => n.endsWith("-checked.xlsx"))).toHaveLength(4);
    expect(io.out.match(/Hoàn thành \d+\/\d+ chỉ tiêu/g)).toHaveLength(4);

    const checked = await openWorkbook(
      io.files.get("demo/quan-7-ke-hoach-2023-checked.xlsx") as Uint8Array,
    );
    const sheet = (await checked.read()).sheets[0];
    const texts = sheet.values.flat().filter((v): v is string => typeof v === "string");
    expect(texts).toContain("Đánh giá");
    expect(texts.some((t) => t === "Vượt" || t === "Đạt")).toBe(true);
    expect(texts).toContain("Số liệu lỗi");
  }, 120_000);
});

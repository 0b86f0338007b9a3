import { inspect, OfficeError, StrictExcel } from "./strictExcel";

/** The double itself: it must fail where Office fails, or the gateway's tests prove nothing. */
describe("the strict Office.js double", () => {
  const seeded = () =>
    new StrictExcel({
      sheets: [
        {
          name: "S",
          cells: { A1: 1, B1: { value: { error: "#REF!" }, formula: "=#REF!" }, C1: "chữ" },
        },
      ],
    });

  test("reading a property that was not loaded throws PropertyNotLoaded", async () => {
    const excel = seeded();
    await excel.batch(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1:C1");
      range.load("values");
      // The mistakes office-addins lint rules catch are made here on purpose: the double must throw.
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load
      expect(() => range.values).toThrow(/not available/);
      await context.sync();
      expect(range.values).toEqual([[1, "#REF!", "chữ"]]);
      // eslint-disable-next-line office-addins/load-object-before-read
      expect(() => range.formulas).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("collections must be loaded before their items are read", async () => {
    const excel = seeded();
    await excel.batch(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(OfficeError);
      sheets.load("items/name");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["S"]);
      expect(() => sheets.items[0].visibility).toThrow(/not available/);
    });
  });

  test("writes wait for sync(); a failing operation stops the rest of the request", async () => {
    const excel = seeded();
    await excel.batch(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("D1").values = [["trước"]];
      expect(inspect(excel.model, "S", "D1")).toBeUndefined();
      context.workbook.worksheets.getItem("Không có").getRange("A1").values = [["x"]];
      sheet.getRange("E1").values = [["sau"]];
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
    expect(inspect(excel.model, "S", "D1")?.value).toBe("trước");
    expect(inspect(excel.model, "S", "E1")).toBeUndefined();
  });

  test("Range.values parses typed input: '=1+1' is a formula, an apostrophe keeps text", async () => {
    const excel = seeded();
    await excel.batch(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A2:F2");
      range.values = [["=1+1", "'=1+1", "12%", "3-5", "TRUE", "#N/A"]];
      range.load("values, formulas, valueTypes");
      await context.sync();
      expect(range.values).toEqual([[2, "=1+1", 0.12, 45721, true, "#N/A"]]);
      expect(range.formulas[0][0]).toBe("=1+1");
      expect(range.valueTypes).toEqual([
        ["Double", "String", "Double", "Double", "Boolean", "Error"],
      ]);
    });
    expect(inspect(excel.model, "S", "A2")?.formula).toBe("=1+1");
    expect(inspect(excel.model, "S", "B2")).toEqual({ value: "=1+1" });
  });

  test("a 2-D write must have the range's shape", async () => {
    const excel = seeded();
    await excel.batch(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1:B1").values = [["only one"]];
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });

  test("isNullObject is known only after a sync", async () => {
    const excel = seeded();
    await excel.batch(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Không có");
      const present = context.workbook.worksheets.getItemOrNullObject("s");
      // eslint-disable-next-line office-addins/call-sync-before-read
      expect(() => missing.isNullObject).toThrow(OfficeError);
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  test("a sheet's own tables and notes are items only after load and sync", async () => {
    const excel = new StrictExcel({
      sheets: [
        {
          name: "S",
          cells: { A1: "a", A2: 1 },
          tables: [{ name: "T", range: "A1:A2", showHeaders: true }],
          notes: { A2: "ghi chú" },
        },
        { name: "Khác", notes: { B1: "khác" } },
      ],
      activeSheet: "S",
    });
    await excel.batch(async (context) => {
      // Navigation properties need no load (the lint rule can't tell them from scalars).
      const tables = context.workbook.worksheets.getActiveWorksheet().tables;
      const notes = context.workbook.worksheets.getActiveWorksheet().notes;
      tables.load("items/name");
      notes.load("items/content");
      expect(() => tables.items).toThrow(OfficeError);
      await context.sync();
      expect(tables.items.map((t) => t.name)).toEqual(["T"]);
      expect(notes.items.map((n) => n.content)).toEqual(["ghi chú"]);
      const range = tables.items[0].getRange();
      range.load("address");
      await context.sync();
      expect(range.address).toBe("S!A1:A2");
    });
    expect(excel.syncCount).toBe(2);
  });

  test("operating through a null object fails the request (reading its name does not)", async () => {
    const excel = seeded();
    await excel.batch(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Không có");
      missing.load("name");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      missing.getUsedRange(true).load("values");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    });
  });

  test("APIs newer than the host's requirement sets fail with ApiNotFound", async () => {
    const excel = new StrictExcel({ sheets: [{ name: "S" }] }, { apiVersion: 8 });
    await excel.batch(async (context) => {
      context.workbook.worksheets
        .getItem("S")
        .getRange("A1")
        .getMergedAreasOrNullObject()
        .load("areaCount");
      await expect(context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
    });
    expect(excel.isSetSupported("ExcelApi", "1.8")).toBe(true);
    expect(excel.isSetSupported("ExcelApi", "1.9")).toBe(false);
  });

  test("counts syncs with the size of each request and response", async () => {
    const excel = seeded();
    await excel.batch(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A5").values = [["x".repeat(1000)]];
      await context.sync();
      const range = context.workbook.worksheets.getItem("S").getRange("A5");
      range.load("values");
      await context.sync();
    });
    expect(excel.syncCount).toBe(2);
    expect(excel.requests[0].requestBytes).toBeGreaterThan(1000);
    expect(excel.requests[1].requestBytes).toBeLessThan(300);
    expect(excel.requests[1].responseBytes).toBeGreaterThan(1000);
  });
});

describe("StrictExcel events", () => {
  const handler = () => Promise.resolve();

  test("a handler is registered at sync, and removed only by a sync of its own context", async () => {
    const excel = new StrictExcel({ sheets: [{ name: "S" }] });
    const registration = await excel.run(async (context) => {
      const added = context.workbook.worksheets.onChanged.add(handler);
      expect(excel.events.size).toBe(0);
      await context.sync();
      expect(excel.events.size).toBe(1);
      return added;
    });
    // Its run is over: the context can't be synced outside Excel.run(context, …).
    registration.remove();
    await expect(registration.context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    await excel.run(async (context) => {
      await context.sync();
    });
    expect(excel.events.size).toBe(1);
    await excel.run(async (context) => {
      context.workbook.worksheets.onChanged.remove(handler);
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(excel.events.size).toBe(1);
    await excel.runWith(registration.context, async (context) => {
      registration.remove();
      await context.sync();
    });
    expect(excel.events.size).toBe(0);
  });

  test("onChanged needs ExcelApi 1.9", async () => {
    const excel = new StrictExcel({ sheets: [{ name: "S" }] }, { apiVersion: 8 });
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.onChanged.add(handler);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(excel.events.size).toBe(0);
  });
});

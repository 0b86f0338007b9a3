import { getTemplate } from "../../../src/engine/templates/catalogue";
import { createWorkbook } from "../../../src/hosts/xlsx";
import { readPlanSheet } from "../../../src/workbook/read/readPlanSheet";
import { planSheetChanges } from "../../../src/workbook/templates/planSheet";

describe("the add-in's own plan sheets read back", () => {
  test.each(["vi", "en"] as const)("a ward plan written in %s", async (lang) => {
    const template = getTemplate("ward-plan");
    const gateway = createWorkbook();
    const options = {
      sheet: "KH 2024",
      unit: "Phường Tân Phong",
      year: 2024,
      period: "6m",
      lang,
    } as const;
    await gateway.apply({ changes: planSheetChanges(template, options) });
    const [sheet] = (await gateway.read()).sheets;
    const reading = readPlanSheet(sheet);
    expect(reading.findings).toEqual([]);
    expect(reading.tables).toHaveLength(1);
    const [table] = reading.tables;
    expect(table).toMatchObject({ unit: "Phường Tân Phong", period: "6m", year: 2024 });
    expect(Object.keys(table.columns).sort()).toEqual(
      [
        "code",
        "name",
        "unit",
        "kind",
        "aggregation",
        "cumulative",
        "baseline",
        "target",
        "targetMax",
        "actual",
        "forecast",
        "notes",
      ].sort(),
    );
    expect(table.ownedColumns.percent).toBeDefined();
    expect(table.ownedColumns.status).toBeDefined();
    const indicators = template.fields.flatMap((f) =>
      f.indicators.map((i) => [f.name.toLocaleUpperCase("vi"), i.code]),
    );
    expect(table.rows.map((r) => [r.field, r.cells.code?.value])).toEqual(indicators);
  });
});

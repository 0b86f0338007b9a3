/** @jest-environment jsdom */
import { encodeReport, type QuickCheckReport } from "../../src/commands/quickCheckReport";
import { messagesFor } from "../../src/taskpane/i18n/catalogue";

/** Renders quickcheck.html's script for a report, as the dialog opens with it in its URL. */
async function dialogText(report: QuickCheckReport): Promise<string> {
  document.body.innerHTML = '<div id="root"></div>';
  window.history.replaceState(null, "", `/quickcheck.html?${encodeReport(report)}`);
  await jest.isolateModulesAsync(async () => {
    await import("../../src/commands/quickCheckDialog");
  });
  return document.getElementById("root")?.textContent ?? "";
}

const failed = (
  failure: QuickCheckReport["failure"],
  lang: "vi" | "en" = "vi",
): QuickCheckReport => ({
  lang,
  total: 0,
  counts: {},
  written: false,
  ...(failure ? { failure } : {}),
});

describe("the quick check's dialog says a failure in the catalogue's words", () => {
  test.each([
    ["vi", "ItemNotFound", "The requested resource doesn't exist."],
    ["en", "ItemNotFound", "The requested resource doesn't exist."],
    ["vi", "InvalidOperationInCellEditMode", "The operation is not allowed in cell edit mode."],
    ["vi", "AccessDenied", "You cannot perform the requested operation."],
  ] as const)("%s, %s: the pane's words, not Excel's", async (lang, code, raw) => {
    const t = messagesFor(lang);
    const text = await dialogText(failed({ kind: "read", code, detail: raw }, lang));
    expect(text).toContain(t.quickCheck.failed);
    expect(text).toContain(t.errors.read);
    expect(text).toContain(t.errors.codes[code]);
    expect(text).not.toContain(raw);
  });

  test("a write refused whole names the sheet and says nothing changed", async () => {
    const t = messagesFor("vi");
    const text = await dialogText(
      failed({ kind: "write", detail: "refused", refusal: { reason: "protected", sheet: "KH" } }),
    );
    expect(text).toContain(t.errors.refused.protected("KH"));
  });

  test("an error without a code gives the host's one line, marked as details", async () => {
    const t = messagesFor("vi");
    const text = await dialogText(failed({ kind: "read", detail: "Excel is not available" }));
    expect(text).toContain(t.errors.details("Excel is not available"));
  });

  test("a code the pane does not know, or a mangled failure, never shows raw", async () => {
    const t = messagesFor("vi");
    const mangled = JSON.parse(
      JSON.stringify(failed({ kind: "read", detail: "x", code: "ItemNotFound" })).replace(
        "ItemNotFound",
        "NoSuchCode",
      ),
    ) as QuickCheckReport;
    const text = await dialogText(mangled);
    expect(text).toContain(t.errors.details("x"));
    expect(text).not.toContain("NoSuchCode");
  });
});

import {
  TEMPLATES,
  TEMPLATE_IDS,
  findTemplate,
  getTemplate,
  isTemplateId,
} from "../../../src/engine/templates";
import type { TemplateId, TemplateKind } from "../../../src/engine/templates";

const EXPECTED: ReadonlyArray<[TemplateId, TemplateKind, string]> = [
  ["district-plan", "plan", "district"],
  ["province-plan", "plan", "province"],
  ["ward-plan", "plan", "ward"],
  ["target-allocation", "allocation", "allocation"],
  ["budget", "budget", "budget"],
];

describe("template catalogue", () => {
  it("lists the five ids", () => {
    expect([...TEMPLATE_IDS].sort()).toEqual(EXPECTED.map(([id]) => id).sort());
  });

  it.each(EXPECTED)("has %s exactly once, of kind %s and level %s", (id, kind, level) => {
    const matches = TEMPLATES.filter((template) => template.id === id);
    expect(matches).toHaveLength(1);
    expect(matches[0]?.kind).toBe(kind);
    expect(matches[0]?.level).toBe(level);
  });

  it("has no template outside the ids", () => {
    expect(TEMPLATES).toHaveLength(TEMPLATE_IDS.length);
  });

  it.each(EXPECTED)("getTemplate(%s) returns the catalogue entry", (id) => {
    const template = getTemplate(id);
    expect(template.id).toBe(id);
    expect(TEMPLATES).toContain(template);
  });

  it("types getTemplate by id", () => {
    expect(getTemplate("district-plan").fields.length).toBeGreaterThan(0);
    expect(getTemplate("target-allocation").allocations.length).toBeGreaterThan(0);
    expect(getTemplate("budget").tables.length).toBeGreaterThan(0);
  });

  it.each([
    ["ward-plan", "ward-plan"],
    [" budget ", "budget"],
    ["nope", undefined],
    ["", undefined],
  ])("findTemplate(%j) finds %s", (input, id) => {
    expect(findTemplate(input)?.id).toBe(id);
  });

  it("tells ids from other strings", () => {
    expect(isTemplateId("province-plan")).toBe(true);
    expect(isTemplateId("Province-Plan")).toBe(false);
  });

  it.each(EXPECTED)("%s has titles and descriptions in both languages", (id) => {
    const { title, description } = getTemplate(id);
    for (const text of [title.vi, title.en, description.vi, description.en]) {
      expect(text.trim().length).toBeGreaterThan(0);
    }
  });
});

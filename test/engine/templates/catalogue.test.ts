import {
  TEMPLATES,
  TEMPLATE_IDS,
  findTemplate,
  getTemplate,
  isTemplateId,
} from "../../../src/engine/templates";
import type { TemplateId, TemplateKind } from "../../../src/engine/templates";

/** In listing order: today's two tiers first, the district of before 1 July 2025 after them. */
const EXPECTED: ReadonlyArray<[TemplateId, TemplateKind, string]> = [
  ["province-plan", "plan", "province"],
  ["ward-plan", "plan", "ward"],
  ["district-plan", "plan", "district"],
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

  it("lists the province plan first and the district plan after the ward plan", () => {
    expect(TEMPLATES.map((template) => template.id)).toEqual(EXPECTED.map(([id]) => id));
  });

  it.each([
    ["province-plan", /xã, phường, đặc khu/],
    ["ward-plan", /xã, phường, đặc khu/],
    ["district-plan", /trước 1\/7\/2025/],
  ] as const)("labels %s for the structure it serves", (id, label) => {
    expect(getTemplate(id).title.vi).toMatch(label);
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

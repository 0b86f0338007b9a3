import type { BudgetColumn } from "../../../engine/budget/rawBudget";
import { planAliases } from "../../read/headerAliases";
import { headerKey } from "../../read/headerKey";
import { OWNED_BUDGET_HEADERS } from "./ownedBudgetColumns";

/**
 * What a budget table's header column is: a contract column; a generic amount ("Số lượng",
 * "Tổng phần thu nộp") read as the estimate of a breakdown; the name of a unit ("Đơn vị"),
 * read as the line's name when there is no Nội dung; or one of the add-in's own columns.
 */
export type BudgetHeaderRole = BudgetColumn | "amount" | "entity" | "ownedPercent" | "ownedStatus";

const without = (keys: readonly string[], ...dropped: string[]) =>
  keys.filter((key) => !dropped.includes(key));

/**
 * Header keys (folded, without spaces, year or period) of each role, Vietnamese and English:
 * the plan table's words where they mean the same, and the budget forms' own.
 */
const ALIASES: Record<Exclude<BudgetHeaderRole, "ownedPercent" | "ownedStatus">, string[]> = {
  code: [...planAliases("label"), ...without(planAliases("code"), "machitieu", "mact")],
  name: [
    ...planAliases("name"),
    "khoanmuc",
    "noidungkhoanmuc",
    "noidungthuchi",
    "noidungthu",
    "noidungchi",
    "diengiai",
    "nganh",
    "nganhkinhte",
    "khuvuc",
    "khuvuckinhte",
    "linhvuc",
    "nganhlinhvuc",
    "item",
    "items",
    "description",
    "sector",
  ],
  entity: ["donvi", "tendonvi", "donvibaocao", "coquan", "coquandonvi", "donvisudungngansach"],
  section: ["loai", "loaithuchi", "thuchi", "section", "type"],
  unit: without(planAliases("unit"), "donvi"),
  estimate: [
    "dutoan",
    "dt",
    "dutoannam",
    "dutoanduocgiao",
    "dutoangiao",
    "dutoandaunam",
    "dutoanduocduyet",
    "dutoandieuchinh",
    "dutoanhdndgiao",
    "dutoanhdndquyetdinh",
    "estimate",
    "budget",
    "budgetestimate",
  ],
  // Thực hiện and Ước thực hiện alike: a budget table compares either with its estimate.
  actual: [
    ...planAliases("actual"),
    ...without(planAliases("forecast"), "estimate", "forecast"),
    "quyettoan",
    "qt",
    "quyettoannam",
    "soquyettoan",
    "quyettoanduocduyet",
    "soquyettoanduocduyet",
    "baocaoquyettoan",
    "sobaocaoquyettoan",
    "execution",
    "outturn",
  ],
  lastYear: [...planAliases("baseline"), "cungky", "ck", "previousyear"],
  percentOfEstimate: [
    "%dutoan",
    "%dt",
    "%sovoidutoan",
    "%sodutoan",
    "sovoidutoan",
    "sosanhdutoan",
    "sosanh",
    "sosanh%",
    "tyle",
    "tylethuchien",
    "tylehoanthanh",
    "%thuchien",
    "%ofestimate",
  ],
  percentOfLastYear: [
    "socungky",
    "sovoicungky",
    "%cungky",
    "%socungky",
    "%sovoicungky",
    "sosanhcungky",
    "socungkynamtruoc",
    "sovoicungkynamtruoc",
    "%oflastyear",
    "vslastyear",
  ],
  share: ["tytrong", "tytrong%", "cocau", "cocau%", "share", "%share"],
  amount: [
    "soluong",
    "songuoi",
    "tongso",
    "bienche",
    "sobienche",
    "sotien",
    "tongphanthunop",
    "sothunop",
    "sotiennop",
    "headcount",
    "amount",
  ],
  notes: [...planAliases("notes")],
};

const BY_KEY = new Map<string, BudgetHeaderRole>();
for (const [role, keys] of Object.entries(ALIASES)) {
  for (const key of keys) BY_KEY.set(key, role as BudgetHeaderRole);
}
for (const text of Object.values(OWNED_BUDGET_HEADERS.percent)) {
  BY_KEY.set(headerKey(text), "ownedPercent");
}
for (const text of Object.values(OWNED_BUDGET_HEADERS.status)) {
  BY_KEY.set(headerKey(text), "ownedStatus");
}

/** The role a bare header key names in a budget table. */
export function budgetRoleOfKey(key: string): BudgetHeaderRole | undefined {
  return BY_KEY.get(key);
}

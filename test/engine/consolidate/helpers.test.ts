import {
  isRateIndicator,
  measureKey,
  nameKey,
  sameFigure,
  stripNumbering,
} from "../../../src/engine/consolidate";

describe("labels as matching sees them", () => {
  test.each([
    ["I.Diện tích cây hàng năm", "Diện tích cây hàng năm"],
    ["1.2.Củ năng", "Củ năng"],
    ["3.1.1 Rau khác", "Rau khác"],
    ["2.3. Sữa bò trong dân (tấn)", "Sữa bò trong dân (tấn)"],
    ["a. Điều ghép", "Điều ghép"],
    ["b) Điều hạt", "Điều hạt"],
    ["- Năng suất", "Năng suất"],
    ["-Diện tích", "Diện tích"],
    ["+ Lúa", "Lúa"],
    ["E. SẢN XUẤT NÔNG NGHIỆP", "SẢN XUẤT NÔNG NGHIỆP"],
    ["3 đồ án quy hoạch", "3 đồ án quy hoạch"],
    ["Tỷ lệ 100%", "Tỷ lệ 100%"],
    ["Trong dân", "Trong dân"],
  ])("“%s” → “%s”", (name, stripped) => {
    expect(stripNumbering(name)).toBe(stripped);
  });

  test("a label path folds case, diacritics and spacing", () => {
    expect(nameKey("- Năng  suất", ["1.3.Ngô"])).toBe("ngo > nang suat");
  });

  test.each([
    ["Tỷ đồng", "ty"],
    ["tỉ đồng", "ty"],
    ["triệu đồng", "trieu"],
    ["Tạ / Ha", "ta/ha"],
    ["ngàn đồng", "nghin"],
    [undefined, ""],
  ])("unit “%s” → “%s”", (unit, key) => {
    expect(measureKey(unit)).toBe(key);
  });
});

describe("rates and averages", () => {
  test.each<[string, string | undefined, boolean]>([
    ["Tỷ lệ bao phủ bảo hiểm y tế", "%", true],
    ["- Năng suất", "Tạ/Ha", true],
    ["Thu nhập bình quân đầu người", "triệu đồng/người", true],
    ["Tốc độ tăng trưởng", undefined, true],
    ["Tỷ trọng dịch vụ", undefined, true],
    ["- Hệ số", "Lượt", true],
    ["Mật độ dân số", "người", true],
    ["- Diện tích", "Ha", false],
    ["- Sản lượng", "Tấn", false],
    ["Dân số trung bình", "người", false],
    ["Thu ngân sách", "tỷ đồng", false],
  ])("“%s” (%s): %s", (name, unit, rate) => {
    expect(isRateIndicator(name, unit)).toBe(rate);
  });
});

describe("a stated figure against the one computed", () => {
  test.each<[number, number, number, boolean]>([
    [180, 180, 0, true],
    [180, 179, 0, false],
    [1706.2, 0.1 + 1706.1, 0, true],
    [10.3, 10.33, 0, true], // typed to one decimal
    [10.3, 10.36, 0, false],
    [100, 100.4, 0, true], // typed whole
    [1000, 1004, 0.005, true],
    [1000, 1006, 0.005, false],
  ])("%s vs %s (tolerance %s): %s", (stated, computed, tolerance, same) => {
    expect(sameFigure(stated, computed, tolerance)).toBe(same);
  });
});

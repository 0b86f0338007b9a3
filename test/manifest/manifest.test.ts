/**
 * manifest.xml, checked offline.
 *
 * The XSDs in ../shared/schemas/office-addin-manifest/ (beside the repository) check its
 * structure with xmllint; the tests below check what a schema cannot: resource ids, locales,
 * icon files and sizes, one origin for every URL, pages the build produces, and the ribbon
 * command's function name against what src/commands/commands.ts registers.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { DOMParser, MIME_TYPE } from "@xmldom/xmldom";
import type { Document, Element } from "@xmldom/xmldom";

const repo = path.resolve(__dirname, "../..");
const manifestPath = path.join(repo, "manifest.xml");
const schemaDir = path.resolve(__dirname, "../../../shared/schemas/office-addin-manifest");
const schemaPath = path.join(schemaDir, "OfficeAppManifestV1_1.xsd");

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

const ORIGIN = "https://localhost:3000";

function parseManifest(): Document {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => {
      errors.push(`${level}: ${message}`);
    },
  }).parseFromString(fs.readFileSync(manifestPath, "utf8"), MIME_TYPE.XML_TEXT);
  if (errors.length > 0) {
    throw new Error(`manifest.xml does not parse:\n${errors.join("\n")}`);
  }
  return doc;
}

const doc = parseManifest();
const root = doc.documentElement!;

/** Every element of the document, in document order. */
function allElements(): Element[] {
  return Array.from(doc.getElementsByTagName("*"));
}

function byName(ns: string, localName: string, within: Element | Document = doc): Element[] {
  return Array.from(within.getElementsByTagNameNS(ns, localName));
}

function only(ns: string, localName: string, within: Element | Document = doc): Element {
  const found = byName(ns, localName, within);
  if (found.length !== 1) {
    throw new Error(`expected one <${localName}>, found ${found.length}`);
  }
  return found[0];
}

function describeElement(el: Element): string {
  const id = el.getAttribute("id") ?? el.getAttribute("resid");
  return id ? `<${el.localName} ${id}>` : `<${el.localName}>`;
}

type ResourceKind = "Image" | "Url" | "ShortString" | "LongString";

/** The resources of <VersionOverrides><Resources>, by id. */
function resources(): Map<string, { kind: ResourceKind; el: Element }> {
  const resourcesEl = only(NS.ov, "Resources");
  const groups: [string, string, ResourceKind][] = [
    ["Images", "Image", "Image"],
    ["Urls", "Url", "Url"],
    ["ShortStrings", "String", "ShortString"],
    ["LongStrings", "String", "LongString"],
  ];
  const map = new Map<string, { kind: ResourceKind; el: Element }>();
  for (const [groupName, itemName, kind] of groups) {
    for (const group of byName(NS.bt, groupName, resourcesEl)) {
      for (const el of byName(NS.bt, itemName, group)) {
        const id = el.getAttribute("id") ?? "";
        if (map.has(id)) {
          throw new Error(`resource id ${id} is defined twice`);
        }
        map.set(id, { kind, el });
      }
    }
  }
  return map;
}

/** Which kind of resource an element with a resid must point at, by the element's name. */
const residKinds: Record<string, ResourceKind> = {
  Image: "Image",
  SourceLocation: "Url",
  FunctionFile: "Url",
  LearnMoreUrl: "Url",
  Label: "ShortString",
  Title: "ShortString",
  Description: "LongString",
};

/** Width and height from a PNG file's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const header = Buffer.alloc(24);
  const fd = fs.openSync(file, "r");
  try {
    fs.readSync(fd, header, 0, 24, 0);
  } finally {
    fs.closeSync(fd);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!header.subarray(0, 8).equals(signature) || header.toString("ascii", 12, 16) !== "IHDR") {
    throw new Error(`${path.relative(repo, file)} is not a PNG file`);
  }
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
}

/** The file in the repository that a manifest URL of an asset is served from. */
function assetFile(url: string): string {
  const { pathname } = new URL(url);
  if (!pathname.startsWith("/assets/")) {
    throw new Error(`${url} is not under /assets/`);
  }
  return path.join(repo, decodeURIComponent(pathname));
}

/** Every URL the manifest holds: in attribute values and in text. */
function allUrls(): { url: string; where: string }[] {
  const urls: { url: string; where: string }[] = [];
  const isUrl = (value: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(value.trim());
  for (const el of allElements()) {
    for (const attr of Array.from(el.attributes)) {
      if (attr.namespaceURI === null && isUrl(attr.value)) {
        urls.push({ url: attr.value.trim(), where: `${describeElement(el)} ${attr.name}` });
      }
    }
    const text = Array.from(el.childNodes)
      .filter((node) => node.nodeType === node.TEXT_NODE)
      .map((node) => node.nodeValue ?? "")
      .join("")
      .trim();
    if (isUrl(text)) {
      urls.push({ url: text, where: describeElement(el) });
    }
  }
  return urls;
}

describe("manifest.xml against the offline XSDs", () => {
  it("validates with xmllint", () => {
    if (!fs.existsSync(schemaPath)) {
      throw new Error(
        `The manifest schemas are missing: expected ${schemaPath}.\n` +
          "They live in shared/schemas/office-addin-manifest/ beside the repository clone.",
      );
    }
    const run = spawnSync("xmllint", ["--noout", "--nonet", "--schema", schemaPath, manifestPath], {
      encoding: "utf8",
    });
    if (run.error) {
      throw new Error(
        `xmllint could not run (${run.error.message}).\n` +
          "Install it with: apt-get install -y libxml2-utils",
      );
    }
    if (run.status !== 0) {
      throw new Error(`xmllint rejects manifest.xml:\n${run.stderr}`);
    }
    expect(run.stderr).toContain("validates");
  });
});

describe("manifest.xml: what the schema cannot check", () => {
  it("is an Excel task pane add-in that reads and writes the workbook", () => {
    expect(root.namespaceURI).toBe(NS.app);
    expect(root.localName).toBe("OfficeApp");
    expect(root.getAttributeNS(NS.xsi, "type")).toBe("TaskPaneApp");
    expect(only(NS.app, "Id").textContent?.trim()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    );
    expect(only(NS.app, "Permissions").textContent?.trim()).toBe("ReadWriteDocument");
    const hosts = byName(NS.app, "Host").map((el) => el.getAttribute("Name"));
    expect(hosts).toEqual(["Workbook"]);
    const overrideHosts = byName(NS.ov, "Host").map((el) => el.getAttributeNS(NS.xsi, "type"));
    expect(overrideHosts).toEqual(["Workbook"]);
  });

  it("requires ExcelApi 1.13 in the base manifest and in VersionOverrides", () => {
    const base = byName(NS.app, "Set").map((el) => [
      el.getAttribute("Name"),
      el.getAttribute("MinVersion"),
    ]);
    expect(base).toEqual([["ExcelApi", "1.13"]]);
    const overrides = byName(NS.bt, "Set", only(NS.ov, "Requirements")).map((el) => [
      el.getAttribute("Name"),
      el.getAttribute("MinVersion"),
    ]);
    expect(overrides).toEqual([["ExcelApi", "1.13"]]);
  });

  it("has two buttons in a group on the Home tab", () => {
    const tab = only(NS.ov, "OfficeTab");
    expect(tab.getAttribute("id")).toBe("TabHome");
    const controls = byName(NS.ov, "Control", tab);
    const actions = controls.map((control) =>
      only(NS.ov, "Action", control).getAttributeNS(NS.xsi, "type"),
    );
    expect(actions).toEqual(["ShowTaskpane", "ExecuteFunction"]);
    const ids = controls.map((control) => control.getAttribute("id"));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("resolves every resid to a resource of the right kind, and uses every resource", () => {
    const defined = resources();
    const used = new Set<string>();
    const problems: string[] = [];
    for (const el of allElements()) {
      const resid = el.getAttribute("resid");
      if (resid === null || resid === "") continue;
      used.add(resid);
      const resource = defined.get(resid);
      const expected = residKinds[el.localName ?? ""];
      if (!resource) {
        problems.push(`${describeElement(el)}: no resource with id ${resid}`);
      } else if (!expected) {
        problems.push(
          `${describeElement(el)}: the test does not know what <${el.localName}> needs`,
        );
      } else if (resource.kind !== expected) {
        problems.push(
          `${describeElement(el)}: needs a ${expected}, ${resid} is a ${resource.kind}`,
        );
      }
    }
    for (const id of defined.keys()) {
      if (!used.has(id)) problems.push(`resource ${id} is never used`);
    }
    expect(problems).toEqual([]);
    expect(used.size).toBeGreaterThan(0);
  });

  it("defaults to Vietnamese and overrides every string in en-US", () => {
    expect(only(NS.app, "DefaultLocale").textContent?.trim()).toBe("vi-VN");
    const strings: Element[] = [
      only(NS.app, "DisplayName"),
      // The base manifest's <Description>, not VersionOverrides' resid elements.
      ...byName(NS.app, "Description"),
      ...[...resources().values()]
        .filter((r) => r.kind === "ShortString" || r.kind === "LongString")
        .map((r) => r.el),
    ];
    const problems: string[] = [];
    for (const el of strings) {
      if (!el.getAttribute("DefaultValue")?.trim()) {
        problems.push(`${describeElement(el)} has no DefaultValue`);
      }
      const overrides = Array.from(el.childNodes).filter(
        (node): node is Element =>
          node.nodeType === node.ELEMENT_NODE && (node as Element).localName === "Override",
      );
      const english = overrides.filter((o) => o.getAttribute("Locale") === "en-US");
      if (english.length !== 1 || !english[0].getAttribute("Value")?.trim()) {
        problems.push(`${describeElement(el)} needs one non-empty en-US <Override>`);
      }
    }
    expect(problems).toEqual([]);
    expect(strings.length).toBeGreaterThan(2);
    expect(only(NS.app, "DisplayName").getAttribute("DefaultValue")).toBe("Chỉ tiêu");
  });

  it("points every icon at a PNG in assets/ of the size it is used at", () => {
    const defined = resources();
    const uses: { url: string; size: number; where: string }[] = [
      { url: only(NS.app, "IconUrl").getAttribute("DefaultValue")!, size: 32, where: "IconUrl" },
      {
        url: only(NS.app, "HighResolutionIconUrl").getAttribute("DefaultValue")!,
        size: 64,
        where: "HighResolutionIconUrl",
      },
    ];
    for (const use of byName(NS.bt, "Image").filter((el) => el.hasAttribute("size"))) {
      const resid = use.getAttribute("resid")!;
      const resource = defined.get(resid);
      if (resource?.kind !== "Image") continue; // reported by the resid test
      uses.push({
        url: resource.el.getAttribute("DefaultValue")!,
        size: Number(use.getAttribute("size")),
        where: `<bt:Image size=${use.getAttribute("size")} resid=${resid}>`,
      });
    }
    const problems: string[] = [];
    for (const { url, size, where } of uses) {
      const file = assetFile(url);
      if (!fs.existsSync(file)) {
        problems.push(`${where}: ${url} has no file ${path.relative(repo, file)}`);
        continue;
      }
      const actual = pngSize(file);
      if (actual.width !== size || actual.height !== size) {
        problems.push(
          `${where}: ${path.relative(repo, file)} is ${actual.width}x${actual.height}, not ${size}x${size}`,
        );
      }
    }
    expect(problems).toEqual([]);
    expect(uses.length).toBeGreaterThanOrEqual(5);
  });

  it("has every URL on the one https origin", () => {
    const urls = allUrls();
    const elsewhere = urls
      .filter(({ url }) => new URL(url).origin !== ORIGIN)
      .map(({ url, where }) => `${where}: ${url}`);
    expect(elsewhere).toEqual([]);
    // Id, resid and the namespace declarations are not URLs; the pages and icons are.
    expect(urls.length).toBeGreaterThanOrEqual(8);
  });

  it("points every page URL at a page the build produces", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const makeConfig = require(path.join(repo, "webpack.config.js"));
    const config = makeConfig({}, { mode: "production" });
    const pages = new Set<string>(
      config.plugins
        .filter((plugin: object) => plugin.constructor.name === "HtmlWebpackPlugin")
        .map((plugin: { userOptions: { filename: string } }) => plugin.userOptions.filename),
    );
    for (const page of ["commands.html", "help.html", "taskpane.html"])
      expect(pages).toContain(page);
    const missing = allUrls()
      .map(({ url, where }) => ({ pathname: new URL(url).pathname, where, url }))
      .filter(({ pathname }) => !pathname.startsWith("/assets/"))
      .filter(({ pathname }) => !pages.has(pathname.replace(/^\//, "")))
      .map(({ url, where }) => `${where}: ${url}`);
    expect(missing).toEqual([]);
    const source = only(NS.app, "SourceLocation").getAttribute("DefaultValue");
    expect(source).toBe(`${ORIGIN}/taskpane.html`);
  });
});

describe("manifest.xml and src/commands/commands.ts", () => {
  type Handler = (event: { completed: () => void }) => void;

  /** Loads commands.ts with a stand-in Office global and returns what it associated. */
  function loadCommands(): Map<string, Handler> {
    const associated = new Map<string, Handler>();
    const office = {
      actions: {
        associate: (name: string, handler: Handler) => {
          associated.set(name, handler);
        },
      },
      onReady: () => Promise.resolve({ host: null, platform: null }),
    };
    const globals = globalThis as { Office?: unknown };
    const saved = globals.Office;
    globals.Office = office;
    try {
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        require("../../src/commands/commands");
      });
    } finally {
      globals.Office = saved;
    }
    return associated;
  }

  it("registers exactly the functions the manifest's buttons call", () => {
    const inManifest = byName(NS.ov, "FunctionName").map((el) => el.textContent?.trim());
    expect(inManifest).toEqual(["quickCheck"]);
    const registered = loadCommands();
    expect([...registered.keys()].sort()).toEqual([...inManifest].sort());
  });

  // What quickCheck does (one read, one write, the counts, event.completed()) is tested in
  // test/taskpane/quickCheck.test.ts; here only that the manifest's name is the registered one.

  it("loads commands.html as the FunctionFile", () => {
    const resid = only(NS.ov, "FunctionFile").getAttribute("resid")!;
    const url = resources().get(resid)?.el.getAttribute("DefaultValue");
    expect(url).toBe(`${ORIGIN}/commands.html`);
  });
});

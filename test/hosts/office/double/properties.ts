/** Workbook.properties.custom (ExcelApi 1.7): custom document properties. */
import { OfficeError, ProxyDouble } from "./context";
import type { WorkbookModel } from "./model";

export class DocumentPropertiesDouble extends ProxyDouble<WorkbookModel> {
  get custom(): CustomPropertyCollectionDouble {
    return this.child(
      "custom",
      () =>
        new CustomPropertyCollectionDouble(this.context, `${this.path}.custom`, () =>
          this.resolve(),
        ),
    );
  }
  protected scalar(): unknown {
    return undefined;
  }
}

/**
 * add(key, value) creates a property or sets the one of that key (keys compare without case).
 * Excel on the web refuses a key over 255 characters (other platforms cut it).
 */
export class CustomPropertyCollectionDouble extends ProxyDouble<WorkbookModel> {
  add(key: string, value: unknown): void {
    this.call("add", [key, value], (workbook) => {
      this.context.requires(7, "properties.custom");
      if (typeof key !== "string" || key === "" || key.length > 255) {
        throw new OfficeError("InvalidArgument", `custom property key "${key}"`);
      }
      if (typeof value === "string" && value.length > 255) {
        throw new OfficeError("InvalidArgument", `custom property "${key}" is over 255 characters`);
      }
      const found = workbook.customProperties.find(
        (p) => p.key.toLowerCase() === key.toLowerCase(),
      );
      if (found) found.value = value;
      else workbook.customProperties.push({ key, value });
    });
  }
  protected scalar(): unknown {
    return undefined;
  }
}

import { configure } from "@testing-library/react";
import { TextDecoder, TextEncoder } from "node:util";

// jsdom's window has no TextDecoder/TextEncoder (every browser has): the .xlsx reader and
// writer decode and encode parts with them.
if (typeof globalThis.TextDecoder === "undefined") {
  Object.assign(globalThis, { TextDecoder, TextEncoder });
}

/**
 * What jsdom lacks and Fluent UI uses: ResizeObserver (MessageBar's reflow, positioning).
 * A browser reports sizes; jsdom has no layout, so nothing is ever observed.
 */
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  Object.defineProperty(window, "ResizeObserver", { value: NoResizeObserver, writable: true });
}

// A busy CI machine (2 shared cores) can take more than the default second to compile and
// render a lazily loaded part: wait up to five.
configure({ asyncUtilTimeout: 5000 });

// jsdom's Blob has no arrayBuffer() (every browser the pane runs in has); read it the old way.
if (typeof Blob !== "undefined" && !("arrayBuffer" in Blob.prototype)) {
  Object.defineProperty(Blob.prototype, "arrayBuffer", {
    value(this: Blob): Promise<ArrayBuffer> {
      return new Promise((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as ArrayBuffer);
        reader.onerror = () => reject(reader.error);
        reader.readAsArrayBuffer(this);
      });
    },
  });
}

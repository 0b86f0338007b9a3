import { configure } from "@testing-library/react";

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

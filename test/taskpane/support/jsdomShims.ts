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

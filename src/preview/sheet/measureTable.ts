/** Where a chart is drawn over the table, in pixels from the table's top-left corner. */
export interface ChartBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The smallest chart drawn: empty columns are narrow in the preview, wide in Excel. */
const MIN_CHART = { width: 480, height: 240 };

/**
 * Lets each spilling text (data-spill) run over the empty cells to its right (data-empty), as
 * Excel does, and no further: a text is cut where the next filled cell starts.
 */
export function measureSpills(container: HTMLElement): void {
  for (const cell of container.querySelectorAll<HTMLElement>("td[data-spill]")) {
    let width = cell.offsetWidth;
    let next = cell.nextElementSibling;
    while (next instanceof HTMLElement && next.hasAttribute("data-empty")) {
      width += next.offsetWidth;
      next = next.nextElementSibling;
    }
    const text = cell.firstElementChild;
    if (text instanceof HTMLElement) text.style.maxWidth = `${Math.max(0, width - 8)}px`;
  }
}

/**
 * Where each chart goes: over the cells from its `from` to its `to` corner, at least
 * MIN_CHART; under the table when a corner is not drawn (past the rows or columns shown).
 */
export function measureCharts(
  container: HTMLElement,
  positions: ReadonlyArray<{ from: string; to: string }>,
): ChartBox[] {
  const origin = container.getBoundingClientRect();
  const cell = (a1: string) => container.querySelector<HTMLElement>(`[data-cell="${a1}"]`);
  let below = container.offsetHeight + 8;
  return positions.map(({ from, to }) => {
    const start = cell(from)?.getBoundingClientRect();
    const end = cell(to)?.getBoundingClientRect();
    if (!start || !end) {
      const box = { left: 40, top: below, ...MIN_CHART };
      below += MIN_CHART.height + 8;
      return box;
    }
    return {
      left: Math.round(start.left - origin.left),
      top: Math.round(start.top - origin.top),
      width: Math.round(Math.max(MIN_CHART.width, end.right - start.left)),
      height: Math.round(Math.max(MIN_CHART.height, end.bottom - start.top)),
    };
  });
}

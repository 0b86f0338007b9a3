import { makeStyles, Tab, TabList } from "@fluentui/react-components";
import { useLayoutEffect, useRef } from "react";
import type { SheetListing } from "../../hosts/gateway";

const useStyles = makeStyles({
  // Many sheets scroll inside their own strip, as Excel's tabs do: the page never scrolls sideways.
  strip: {
    position: "relative",
    overflowX: "auto",
    overflowY: "hidden",
    flexShrink: 0,
    minWidth: 0,
    scrollbarWidth: "thin",
  },
  tabs: {
    flexWrap: "nowrap",
    width: "max-content",
  },
});

export interface SheetTabsProps {
  sheets: readonly SheetListing[];
  /** The sheet shown. */
  shown: string | undefined;
  label: string;
  onShow: (sheet: string) => void;
}

/** The visible sheets' tabs, in a strip of their own that scrolls to keep the shown one in view. */
export function SheetTabs({ sheets, shown, label, onShow }: SheetTabsProps) {
  const styles = useStyles();
  const strip = useRef<HTMLDivElement>(null);

  // Scrolls the strip alone (scrollIntoView would scroll the page too).
  useLayoutEffect(() => {
    const box = strip.current;
    const tab = [...(box?.querySelectorAll<HTMLElement>("[data-sheet]") ?? [])].find(
      (t) => t.dataset.sheet === shown,
    );
    if (!box || !tab) return;
    const rect = tab.getBoundingClientRect();
    const left = rect.left - box.getBoundingClientRect().left + box.scrollLeft;
    const right = left + rect.width;
    if (left < box.scrollLeft) box.scrollLeft = Math.max(0, left - 16);
    else if (right > box.scrollLeft + box.clientWidth)
      box.scrollLeft = right - box.clientWidth + 16;
  }, [shown, sheets]);

  return (
    <div className={styles.strip} ref={strip} data-testid="sheet-tab-strip">
      <TabList
        className={styles.tabs}
        size="small"
        aria-label={label}
        selectedValue={shown}
        onTabSelect={(_e, data) => onShow(String(data.value))}
      >
        {sheets
          .filter((s) => s.visibility === "visible")
          .map((s) => (
            <Tab key={s.name} value={s.name} data-sheet={s.name}>
              {s.name}
            </Tab>
          ))}
      </TabList>
    </div>
  );
}

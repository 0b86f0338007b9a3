/**
 * The quick check's dialog (quickcheck.html): shows the counts the command passed in its URL
 * and tells the command when the user closes it. Plain DOM, no React: it opens fast.
 */
import { STATUS_IDS } from "../engine/model/status";
import { STATUS_STYLE } from "../workbook/write/statusStyle";
import { paneErrorText } from "../taskpane/gateway/paneErrorText";
import { messagesFor } from "../taskpane/i18n/catalogue";
import { decodeReport } from "./quickCheckReport";

function element(tag: string, text?: string): HTMLElement {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

function render(root: HTMLElement): void {
  const report = decodeReport(window.location.search);
  const t = messagesFor(report?.lang ?? "vi");
  document.documentElement.lang = t.htmlLang;
  root.append(element("h1", t.quickCheck.title));
  if (!report || report.failure !== undefined) {
    root.append(element("p", t.quickCheck.failed));
    // In the catalogue's words, as the pane's error bar says it: never Excel's raw text.
    for (const line of report?.failure ? paneErrorText(report.failure, t) : []) {
      root.append(element("p", line));
    }
  } else if (report.total === 0) {
    if (report.sheet) root.append(element("p", t.quickCheck.sheet(report.sheet)));
    root.append(element("p", t.quickCheck.noTable));
  } else {
    if (report.sheet) root.append(element("p", t.quickCheck.sheet(report.sheet)));
    const list = element("ul");
    for (const id of STATUS_IDS) {
      const count = report.counts[id];
      if (!count) continue;
      const item = element("li", `${t.status[id]}: ${count}`);
      item.style.backgroundColor = STATUS_STYLE[id].fill ?? "";
      item.style.color = STATUS_STYLE[id].fontColor ?? "";
      list.append(item);
    }
    root.append(list);
    if (report.sentence) root.append(element("p", report.sentence));
    root.append(element("p", report.written ? t.quickCheck.written : t.quickCheck.notWritten));
  }
  const close = element("button", t.quickCheck.close) as HTMLButtonElement;
  close.type = "button";
  close.addEventListener("click", () => {
    if (typeof Office !== "undefined" && Office.context?.ui?.messageParent) {
      Office.context.ui.messageParent("close");
    } else {
      window.close();
    }
  });
  root.append(close);
  close.focus();
}

function start(): void {
  const root = document.getElementById("root");
  if (root) render(root);
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady().then(start);
} else {
  start();
}

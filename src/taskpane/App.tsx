import { useState } from "react";
import { makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import type { SelectTabData, SelectTabEvent, TabValue } from "@fluentui/react-components";
import type { HostKind } from "./office";
import { Header } from "./components/Header";
import { PendingPanel } from "./components/PendingPanel";

/** The task pane's tabs, in order. Each becomes a real pane in a later issue. */
const tabs = [
  {
    value: "templates",
    label: "Mẫu kế hoạch",
    purpose:
      "Tạo trang tính kế hoạch sẵn dùng từ mẫu: kế hoạch năm của quận/huyện, kế hoạch phường/xã, " +
      "dự toán ngân sách, phân bổ chỉ tiêu.",
  },
  {
    value: "check",
    label: "Kiểm tra",
    purpose:
      "Đánh giá từng chỉ tiêu so với kế hoạch, tô màu các dòng chậm tiến độ hoặc có số liệu lỗi " +
      "và liệt kê các phát hiện kèm ô cần sửa.",
  },
  {
    value: "report",
    label: "Báo cáo",
    purpose:
      "Các câu báo cáo sẵn để dán, như “Hoàn thành 19/19 chỉ tiêu, trong đó 7 chỉ tiêu vượt " +
      "kế hoạch”, theo từng lĩnh vực, kèm biểu đồ.",
  },
  {
    value: "settings",
    label: "Cài đặt",
    purpose: "Kỳ báo cáo, ngưỡng “có nguy cơ” và tên các đơn vị tổng hợp.",
  },
] as const;

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
  // Task panes can be narrow (about 320 px): let the tabs wrap rather than overflow.
  tabs: {
    flexWrap: "wrap",
  },
});

export interface AppProps {
  host: HostKind;
}

export function App({ host }: AppProps) {
  const styles = useStyles();
  const [selected, setSelected] = useState<TabValue>(tabs[0].value);
  const current = tabs.find((tab) => tab.value === selected) ?? tabs[0];

  const onTabSelect = (_event: SelectTabEvent, data: SelectTabData) => setSelected(data.value);

  return (
    <main className={styles.root}>
      <Header host={host} />
      <TabList
        className={styles.tabs}
        selectedValue={selected}
        onTabSelect={onTabSelect}
        size="small"
      >
        {tabs.map((tab) => (
          <Tab key={tab.value} value={tab.value} id={`tab-${tab.value}`}>
            {tab.label}
          </Tab>
        ))}
      </TabList>
      <PendingPanel
        id={`panel-${current.value}`}
        labelledBy={`tab-${current.value}`}
        title={current.label}
        purpose={current.purpose}
      />
    </main>
  );
}

import { Body1, makeStyles, Caption1, Title3, tokens } from "@fluentui/react-components";
import type { HostKind } from "../office";

const hostNotes: Record<HostKind, string> = {
  excel: "Đang chạy trong Excel.",
  "other-office-host": "Chỉ tiêu chỉ chạy trong Excel.",
  browser: "Đang xem ngoài Excel: chưa có sổ làm việc để đọc.",
};

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  title: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  note: {
    color: tokens.colorNeutralForeground3,
  },
});

export interface HeaderProps {
  host: HostKind;
}

export function Header({ host }: HeaderProps) {
  const styles = useStyles();
  return (
    <header className={styles.root}>
      <div className={styles.title}>
        <img src="assets/icon-32.png" width={32} height={32} alt="" />
        <Title3 as="h1">Chỉ tiêu</Title3>
      </div>
      <Body1>
        Lập, kiểm tra và tổng hợp chỉ tiêu kế hoạch phát triển kinh tế – xã hội của địa phương ngay
        trong Excel.
      </Body1>
      <Caption1 className={styles.note}>{hostNotes[host]}</Caption1>
    </header>
  );
}

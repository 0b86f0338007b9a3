import { makeStyles, tokens } from "@fluentui/react-components";

/** The quoted report sentence: a bar at the left, a light background, text the user can select. */
export const useSentenceStyles = makeStyles({
  sentence: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    userSelect: "text",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
});

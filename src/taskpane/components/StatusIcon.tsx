import type { ReactElement } from "react";
import type { StatusId } from "../../engine/model/status";

const stroke = {
  fill: "none",
  stroke: "currentColor",
  strokeWidth: 1.6,
  strokeLinecap: "round",
  strokeLinejoin: "round",
} as const;

const ring = <circle cx="8" cy="8" r="6.4" {...stroke} />;
const dot = (y: number) => <circle cx="8" cy={y} r="0.9" fill="currentColor" />;

/** A shape per status, so that status never rests on colour alone (drawn here: no icon font). */
const SHAPES: Record<StatusId, ReactElement> = {
  exceeded: (
    <>
      {ring}
      <path d="M8 11.4V4.8M5.3 7.4 8 4.7l2.7 2.7" {...stroke} />
    </>
  ),
  achieved: (
    <>
      {ring}
      <path d="m5.1 8.3 2 2 3.8-4.3" {...stroke} />
    </>
  ),
  on_track: (
    <>
      {ring}
      <path d="M8 4.6V8l2.3 1.5" {...stroke} />
    </>
  ),
  at_risk: (
    <>
      <path d="M8 1.9 14.6 13.8H1.4Z" {...stroke} />
      <path d="M8 6v3.8" {...stroke} />
      {dot(11.7)}
    </>
  ),
  lagging: (
    <>
      {ring}
      <path d="M8 4.6v6.6M5.3 8.6 8 11.3l2.7-2.7" {...stroke} />
    </>
  ),
  not_achieved: (
    <>
      {ring}
      <path d="m5.7 5.7 4.6 4.6m0-4.6-4.6 4.6" {...stroke} />
    </>
  ),
  missing: (
    <>
      <circle cx="8" cy="8" r="6.4" {...stroke} strokeDasharray="2.2 1.8" />
      <path d="M5.4 8h5.2" {...stroke} />
    </>
  ),
  invalid: (
    <>
      <path d="M8 1.4 14.6 8 8 14.6 1.4 8Z" {...stroke} />
      <path d="M8 4.8v4" {...stroke} />
      {dot(10.9)}
    </>
  ),
  no_target: (
    <>
      <circle cx="8" cy="8" r="6.4" {...stroke} strokeDasharray="2.2 1.8" />
    </>
  ),
  not_reported: (
    <>
      <rect x="2.2" y="3.4" width="11.6" height="9.2" rx="1.2" {...stroke} />
      <path d="m2.6 4 5.4 4.4L13.4 4" {...stroke} />
    </>
  ),
};

export interface StatusIconProps {
  status: StatusId;
  size?: number;
}

/** Decorative: the status label is always written beside it. */
export function StatusIcon({ status, size = 16 }: StatusIconProps) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
      data-status-icon={status}
    >
      {SHAPES[status]}
    </svg>
  );
}

/**
 * A horizontal score bar from 0 to 5, drawn in SVG (geometry in attributes, no inline style:
 * the CSP forbids it). Decorative: the score is written next to it.
 */
export interface Props {
  /** Score in tenths (0–50), or null for no score. */
  tenths: number | null;
}

export default function Bar({ tenths }: Props) {
  const w = tenths === null ? 0 : Math.max(0, Math.min(50, tenths)) * 2;
  return (
    <svg class="zs-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect class="zs-bar__track" x="0" y="0" width="100" height="10" />
      {w > 0 && <rect class="zs-bar__fill" x="0" y="0" width={w} height="10" />}
      {[20, 40, 60, 80].map((x) => (
        <line key={x} class="zs-bar__tick" x1={x} y1="0" x2={x} y2="10" />
      ))}
    </svg>
  );
}

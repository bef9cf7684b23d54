/**
 * The QR code as one SVG path, drawn from the boolean module matrix of `uqr`'s `encode()`.
 * Only the meeting view (src/components/meeting) uses it, so it loads with the meeting view.
 */

/** One SVG path drawing the dark modules of a QR matrix, merging horizontal runs. */
export function qrPath(matrix: readonly (readonly boolean[])[]): string {
  let d = '';
  matrix.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x += 1;
      d += `M${start} ${y}h${x - start}v1h-${x - start}z`;
    }
  });
  return d;
}

/**
 * QR codes as inline SVG, made at build time (no image files, no script on the page).
 * The `qrcode` package computes the modules; we draw them as one path, dark on white,
 * with the 4-module quiet zone that scanners need.
 */
import QRCode from 'qrcode';

export const QUIET_ZONE = 4;

export interface QrSvg {
  /** Side length in modules, quiet zone included (the viewBox is 0 0 side side). */
  side: number;
  /** One path of dark modules: a rectangle per horizontal run. */
  path: string;
}

/**
 * The path for a square of modules: for each row, each run of dark modules becomes
 * `M x y h n v 1 h -n z`, offset by the quiet zone.
 */
export function modulesToPath(
  size: number,
  isDark: (row: number, column: number) => boolean,
): string {
  const parts: string[] = [];
  for (let row = 0; row < size; row++) {
    let column = 0;
    while (column < size) {
      if (!isDark(row, column)) {
        column++;
        continue;
      }
      const start = column;
      while (column < size && isDark(row, column)) column++;
      parts.push(
        `M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${column - start}v1h-${column - start}z`,
      );
    }
  }
  return parts.join('');
}

/** A QR code for `text` with error correction level M (survives ~15 % damage: folds, smudges). */
export function qrSvg(text: string): QrSvg {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  return {
    side: modules.size + 2 * QUIET_ZONE,
    path: modulesToPath(modules.size, (row, column) => Boolean(modules.get(row, column))),
  };
}

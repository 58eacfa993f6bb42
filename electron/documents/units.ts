// Lengths: the decree gives millimetres; pdfmake wants points, Word wants twentieths of a point.

export const PT_PER_MM = 72 / 25.4;

export function mm(value: number): number {
  return value * PT_PER_MM;
}

/** Millimetres to twips (1/1440 inch). */
export function twip(valueMm: number): number {
  return Math.round((valueMm * 1440) / 25.4);
}

/** Points to twips. */
export function ptTwip(points: number): number {
  return Math.round(points * 20);
}

/** A4 in millimetres. */
export const A4_MM = { width: 210, height: 297 } as const;

/** The margins of Nghị định 30/2020 Phụ lục I used by every document (mm). */
export const DECREE_MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;

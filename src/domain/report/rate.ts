/**
 * The rectification (closure) rate, 整改率 = rectified ÷ found, as a percentage with one decimal (half up), or null
 * when nothing was found (no rate rather than 0% or 100%). Used alike by App Home, reports, publicity and statistics.
 */
export function rectificationRate(rectified: number, found: number): number | null {
  if (found <= 0) return null;
  return Math.round((Math.min(rectified, found) / found) * 1000) / 10;
}

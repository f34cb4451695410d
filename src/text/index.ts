/** Text helpers shared by modules that build regular expressions from user paths, and by the report. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** "37.5%" of a share, "–" of nothing (the report's markdown and its browser app alike). */
export function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`
}

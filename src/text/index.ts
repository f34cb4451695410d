/** Text helpers shared by modules that build regular expressions from user paths, by the report and its browser app, and by messages' wording. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** "37.5%" of a share, "–" of nothing (the report's markdown and its browser app alike). */
export function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`
}

const ENGLISH_PLURALS = new Intl.PluralRules('en')

/** A word in the form a count takes: `pluralForm(2, 'entry', 'entries')`, `pluralForm(1, 'is', 'are')`. */
export function pluralForm(count: number, singular: string, plural = `${singular}s`): string {
  return ENGLISH_PLURALS.select(count) === 'one' ? singular : plural
}

/** "1 scenario", "3 scenarios", "2 entries" (the plural given when it is not the noun and an s). */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${count} ${pluralForm(count, noun, pluralNoun)}`
}

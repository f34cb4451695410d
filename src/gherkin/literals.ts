/**
 * Splits step text into fixed words and literal values: integers, decimals, quoted strings,
 * booleans, clock times and Scenario Outline placeholders. The step generator groups steps that differ
 * only in these values; synthesis reads them as the inputs and outputs of examples.
 */
export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'int'; text: string; value: number }
  | { kind: 'float'; text: string; value: number }
  | { kind: 'string'; text: string; value: string; quote: '"' | "'" }
  | { kind: 'boolean'; text: string; value: boolean }
  /** A time of day as a clock shows it ("10:30", "7:05:30"): one value, kept as its text. */
  | { kind: 'time'; text: string; value: string }
  | { kind: 'placeholder'; text: string; name: string }

const BOOLEAN_WORDS: Record<string, boolean> = { true: true, false: false, yes: true, no: false }

// Order matters: placeholders and quoted strings first (they may contain digits), then
// numbers bounded by non-word characters (so "v2" and "3rd" stay words), then booleans.
const LITERAL = new RegExp(
  [
    '<(?<placeholder>[^<>\\n]+)>',
    '"(?<double>[^"]*)"',
    // An apostrophe inside a word ("it's", "Bob's") does not open or close a string.
    "(?<![\\p{L}\\p{N}_])'(?<single>[^']*)'(?![\\p{L}\\p{N}_])",
    // A clock time is one value, not two numbers around a colon.
    '(?<![\\w.:])(?<time>\\d{1,2}:\\d{2}(?::\\d{2})?)(?![\\w:]|\\.\\d)',
    '(?<![\\w.])(?<number>-?\\d+(?:\\.\\d+)?)(?![\\w]|\\.\\d)',
    '(?<![\\w-])(?<boolean>true|false|yes|no)(?![\\w-])'
  ].join('|'),
  'gu'
)

/**
 * Words that may follow a yes/no/true/false standing alone as a value ("is true for admins",
 * "yes and no"). Any other word after it makes it part of a phrase: "with no loans", "no longer".
 */
const AFTER_A_VALUE = new Set(
  'and or but nor for in on at to of by with as if when whenever then so because while until after before than is are was were'.split(' ')
)

/** A boolean word that qualifies the word after it ("no loans") is text, not a value; `end` is where the word ends in `text`. */
export function isStandaloneBoolean(text: string, end: number): boolean {
  const next = /^\s+([\p{L}\p{N}]+)/u.exec(text.slice(end))
  return next === null || AFTER_A_VALUE.has(next[1].toLowerCase())
}

export function splitLiterals(text: string): Segment[] {
  const segments: Segment[] = []
  let cursor = 0
  for (const match of text.matchAll(LITERAL)) {
    const start = match.index ?? 0
    const groups = match.groups ?? {}
    const raw = match[0]
    // Left in the text: the next text segment starts at the cursor, which stays where it is.
    if (groups.boolean !== undefined && !isStandaloneBoolean(text, start + raw.length)) continue
    if (start > cursor) segments.push({ kind: 'text', text: text.slice(cursor, start) })
    if (groups.placeholder !== undefined) segments.push({ kind: 'placeholder', text: raw, name: groups.placeholder })
    else if (groups.double !== undefined) segments.push({ kind: 'string', text: raw, value: groups.double, quote: '"' })
    else if (groups.single !== undefined) segments.push({ kind: 'string', text: raw, value: groups.single, quote: "'" })
    else if (groups.time !== undefined) segments.push({ kind: 'time', text: raw, value: raw })
    else if (groups.number !== undefined) {
      const value = Number(groups.number)
      segments.push(groups.number.includes('.') ? { kind: 'float', text: raw, value } : { kind: 'int', text: raw, value })
    } else segments.push({ kind: 'boolean', text: raw, value: BOOLEAN_WORDS[groups.boolean] })
    cursor = start + raw.length
  }
  if (cursor < text.length) segments.push({ kind: 'text', text: text.slice(cursor) })
  return segments
}

/** The step text with every literal replaced by a marker: steps with equal shapes can share one expression. */
export function shapeOf(segments: Segment[]): string {
  return segments.map((segment) => (segment.kind === 'text' ? segment.text : '\u0000')).join('')
}

/**
 * Splits step text into fixed words and literal values: integers, decimals, quoted strings,
 * booleans and Scenario Outline placeholders. The step generator groups steps that differ
 * only in these values; synthesis reads them as the inputs and outputs of examples.
 */
export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'int'; text: string; value: number }
  | { kind: 'float'; text: string; value: number }
  | { kind: 'string'; text: string; value: string; quote: '"' | "'" }
  | { kind: 'boolean'; text: string; value: boolean }
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
    '(?<![\\w.])(?<number>-?\\d+(?:\\.\\d+)?)(?![\\w]|\\.\\d)',
    '(?<![\\w-])(?<boolean>true|false|yes|no)(?![\\w-])'
  ].join('|'),
  'gu'
)

export function splitLiterals(text: string): Segment[] {
  const segments: Segment[] = []
  let cursor = 0
  for (const match of text.matchAll(LITERAL)) {
    const start = match.index ?? 0
    if (start > cursor) segments.push({ kind: 'text', text: text.slice(cursor, start) })
    const groups = match.groups ?? {}
    const raw = match[0]
    if (groups.placeholder !== undefined) segments.push({ kind: 'placeholder', text: raw, name: groups.placeholder })
    else if (groups.double !== undefined) segments.push({ kind: 'string', text: raw, value: groups.double, quote: '"' })
    else if (groups.single !== undefined) segments.push({ kind: 'string', text: raw, value: groups.single, quote: "'" })
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

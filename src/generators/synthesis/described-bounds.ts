/**
 * Which side of a cut a number the words name belongs to. "Parcels heavier than 20 kg travel by
 * freight" puts 20 itself with the lighter parcels (`weight > 20`); "at least 18" puts 18 with
 * the older (`age >= 18`). The examples place a cut in a gap between their values; when the gap
 * holds a number the words name, the words decide which way its comparison points, so 20 itself
 * needs no example. A number named with both directions is left to the examples.
 */

/** `lower`: the number itself falls below the cut (`x > n`, `x <= n`); `upper`: it starts the band above (`x >= n`, `x < n`). */
export type BoundSide = 'lower' | 'upper'

/** Comparatives whose band lies below the number ("lighter than 2 kg", "younger than 12"). */
const BELOW_COMPARATIVES = new Set([
  'less',
  'fewer',
  'lower',
  'lighter',
  'younger',
  'shorter',
  'smaller',
  'cheaper',
  'earlier',
  'colder',
  'cooler',
  'slower',
  'narrower',
  'thinner',
  'closer',
  'nearer',
  'sooner',
  'lesser'
])

/** A number as written: `20`, `1.70`, `1,000` (a comma groups thousands). */
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`

/** Phrases, each with the side of the number it names. Order matters: "no more than" before "more than". */
const PHRASES: ReadonlyArray<[RegExp, (word: string) => BoundSide]> = [
  [new RegExp(String.raw`\b(?:no|not)\s+(?:more|greater|higher|later)\s+than\s+${NUMBER}`, 'gu'), () => 'lower'],
  [new RegExp(String.raw`\b(?:no|not)\s+(?:less|fewer|lower|earlier)\s+than\s+${NUMBER}`, 'gu'), () => 'upper'],
  [new RegExp(String.raw`\b(?:at\s+most|up\s+to|not\s+over|maximum(?:\s+of)?)\s+${NUMBER}`, 'gu'), () => 'lower'],
  [new RegExp(String.raw`\b(?:at\s+least|minimum(?:\s+of)?)\s+${NUMBER}`, 'gu'), () => 'upper'],
  // "from 70 up to 100 km/h it is amber": the band starts at the number (a band written "from 40 to 70" is RANGE's).
  // The number whole: "from 40 to 140" must not read as "from 4" before "0 to 140".
  [new RegExp(String.raw`\bfrom\s+${NUMBER}(?!\d|[.,]\d|\s*(?:to|-|–)\s*\d)`, 'gu'), () => 'upper'],
  [new RegExp(String.raw`\b(\p{L}+er|less|more)\s+than\s+${NUMBER}`, 'gu'), (word) => (BELOW_COMPARATIVES.has(word) ? 'upper' : 'lower')],
  [new RegExp(String.raw`\b(?:over|above|exceeding|exceeds|beyond)\s+${NUMBER}`, 'gu'), () => 'lower'],
  [new RegExp(String.raw`\b(?:under|below)\s+${NUMBER}`, 'gu'), () => 'upper'],
  [
    new RegExp(String.raw`${NUMBER}\s*(?:\p{L}+\s+)?(?:or|and)\s+(?:more|over|above|higher|greater|later|older|upwards)\b`, 'gu'),
    () => 'upper'
  ],
  [new RegExp(String.raw`${NUMBER}\s*(?:\p{L}+\s+)?(?:or|and)\s+(?:less|fewer|under|below|lower|earlier|younger)\b`, 'gu'), () => 'lower']
]

/**
 * A band written as its two ends ("60 to 89 silver", "between 10 and 30 degrees", "15-24"): the
 * first starts the band, the second ends it, both within it. Not times of day ("9:00 to 17:00"),
 * nor what an input can be ("the volume goes from 0 to 10").
 */
export const RANGE = new RegExp(
  String.raw`(?:\bbetween\s+(?<![\d:.])${NUMBER}\s+and\s+${NUMBER}(?![\d:])|(?<![\d:.,/-])${NUMBER}\s*(?:to|-|–)\s*${NUMBER}(?![\d:/-]))`,
  'gu'
)

/** A bound as the words write it: its number, its side, and where the phrase stands in the (lower-cased) text. */
export interface BoundPhrase {
  value: number
  side: BoundSide
  text: string
  start: number
  end: number
}

/** Every bound phrase of the text, in the order they are written ("at least 21", "2 years or more"). */
export function boundPhrases(text: string): BoundPhrase[] {
  const lower = text.toLowerCase()
  const found: BoundPhrase[] = []
  for (const [pattern, sideOf] of PHRASES) {
    for (const match of lower.matchAll(pattern)) {
      const start = match.index
      if (found.some((phrase) => start >= phrase.start && start < phrase.end)) continue
      const numberText = match[match.length - 1]!
      const word = match.length > 2 ? match[1]! : ''
      found.push({ value: Number(numberText.replaceAll(',', '')), side: sideOf(word), text: match[0], start, end: start + match[0].length })
    }
  }
  return found.sort((a, b) => a.start - b.start)
}

/** The side each named number falls on, where the words say so (and say only one). */
export function describedBoundSides(text: string, { bands = false }: { bands?: boolean } = {}): Map<number, BoundSide> {
  const lower = text.toLowerCase()
  const sides = new Map<number, BoundSide | 'both'>()
  const covered: Array<[number, number]> = []
  // Bands written "from 40 up to 70 …, from 70 up to 100" (or "70 and above"): the number both ends one and starts the next.
  const startsOrEndsUpTo = new Map<number, Set<string>>()
  for (const { value, side, text: written, start, end } of boundPhrases(text)) {
    covered.push([start, end])
    const known = sides.get(value)
    sides.set(value, known === undefined || known === side ? side : 'both')
    // A band's start: "from 70", "150 and above", "18 or more".
    const starts = /^from\b/u.test(written) || /\b(?:or|and)\s+(?:more|over|above|higher|greater|later|older|upwards)$/u.test(written)
    const phrase = starts ? 'from' : /^up\s+to\b/u.test(written) ? 'up to' : 'other'
    startsOrEndsUpTo.set(value, new Set([...(startsOrEndsUpTo.get(value) ?? []), phrase]))
  }
  // Such bands do not overlap: "up to 70" stops short of the 70 that starts the next one.
  for (const [value, phrases] of startsOrEndsUpTo)
    if (sides.get(value) === 'both' && phrases.size === 2 && phrases.has('from') && phrases.has('up to')) sides.set(value, 'upper')
  // A band's ends say where its cuts go, not that the answer stops there: only cuts read them.
  for (const match of bands ? lower.matchAll(RANGE) : []) {
    if (covered.some(([from, to]) => match.index >= from && match.index < to)) continue
    // "goes from 0 to 10" is what the input can be, not a band of it.
    if (/\bfrom\s+$/u.test(lower.slice(0, match.index))) continue
    const [first, last] = (match[1] !== undefined ? [match[1], match[2]] : [match[3], match[4]]).map((text) =>
      Number(text!.replaceAll(',', ''))
    ) as [number, number]
    if (!(first < last)) continue
    for (const [value, side] of [
      [first, 'upper'],
      [last, 'lower']
    ] as const) {
      const known = sides.get(value)
      sides.set(value, known === undefined || known === side ? side : 'both')
    }
  }
  return new Map([...sides].filter((entry): entry is [number, BoundSide] => entry[1] !== 'both'))
}

/**
 * The text with its bounds left out: "thinner than 10 cm" compares a value with a number, so its
 * "than" is no word of relating two values ("heavier than the limit", "more than last year").
 */
export function withoutBounds(text: string): string {
  let plain = text.toLowerCase()
  for (const [pattern] of PHRASES) plain = plain.replace(pattern, ' ')
  return plain
}

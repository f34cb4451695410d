/**
 * Labels the description gives by bands of a number: "A from 92, B from 81, C from 69, D from 55
 * and E below that", "rare under 52, medium rare from 52, medium from 57, well done 68 or more",
 * or by where each band ends: "A up to 40000, B up to 52000, ... and H above that".
 * Each label is a text some example answers; the words say where its band starts. Over a numeric
 * input whose rows fall in at least two of the bands, the words define a quantity: the label of
 * the band the value is in. The rule may answer with it, as with the percentages of bands: the
 * words state each edge, and the rows need not show every band twice (nor may a list of seven
 * bands be too long for a decision list).
 */
import type { Derived } from './derived'
import { type Program, apply, conditional, constant, input } from './program'
import type { ExampleTable } from './table'
import type { Value } from '../operation'

const NUMBER = String.raw`(-?\d+(?:\.\d+)?)`
/** After the label: where its band starts ("from 92", "over 40", "68 or more") or that it is the lowest ("below 52", "below that"). */
const STARTS: ReadonlyArray<{ pattern: string; kind: 'inclusive' | 'exclusive' | 'lowest' }> = [
  { pattern: String.raw`(?:from|at|for)\s+${NUMBER}(?!\s*%|\d)`, kind: 'inclusive' },
  { pattern: String.raw`${NUMBER}\s+(?:or|and)\s+(?:more|over|above|higher|up)`, kind: 'inclusive' },
  { pattern: String.raw`(?:over|above|more than)\s+${NUMBER}(?!\s*%|\d)`, kind: 'exclusive' },
  { pattern: String.raw`(?:under|below|less than)\s+(?:${NUMBER}|that|this)`, kind: 'lowest' }
]

/** Before the label: where its band starts ("95 percent or more is AA"), or that it is the lowest ("anything lower is C"). */
const STARTS_BEFORE: ReadonlyArray<{ pattern: string; kind: 'inclusive' | 'exclusive' | 'lowest' }> = [
  { pattern: String.raw`${NUMBER}(?:\s*%|\s+per\s?cent|\s+[\p{L}/]+)?\s+(?:or|and)\s+(?:more|over|above|higher|up)`, kind: 'inclusive' },
  { pattern: String.raw`(?:over|above|more\s+than)\s+${NUMBER}(?:\s*%|\s+per\s?cent|\s+[\p{L}/]+)?`, kind: 'exclusive' },
  { pattern: String.raw`(?:anything|everything|all|any)\s+(?:lower|less|below|under|else)(?:\s+than\s+that)?`, kind: 'lowest' }
]

/** Fewer stated edges than this are a short decision list's, learnt from the rows as well. */
const MIN_EDGES = 3

type Band = { label: string; start: number; inclusive: boolean }

/** A label as a pattern: a space in it may be any run of spaces or a line break (a label cut by the feature's line). */
function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ +/g, String.raw`\s+`)
}

/** The bands the words give to the labels, highest start first, and the lowest band's label; undefined unless every part is clear. */
function statedBands(text: string, labels: readonly string[]): { bands: Band[]; lowest: string } | undefined {
  const bands: Band[] = []
  const lowest: Array<{ label: string; below?: number }> = []
  // Longest labels first, each blanked out once read: "rare" is not read inside "medium rare".
  let rest = text
  for (const label of labels) {
    const found: Array<{ kind: 'inclusive' | 'exclusive' | 'lowest'; value?: number }> = []
    for (const { pattern, kind } of STARTS) {
      const regex = new RegExp(String.raw`(?<![\p{L}\d])${escaped(label)}\s+(?:is\s+|are\s+)?${pattern}`, 'giu')
      for (const match of rest.matchAll(regex)) found.push({ kind, ...(match[1] !== undefined ? { value: Number(match[1]) } : {}) })
    }
    for (const { pattern, kind } of STARTS_BEFORE) {
      const regex = new RegExp(String.raw`${pattern}\s+(?:it\s+is\s+|is\s+|are\s+|gets?\s+)?"?${escaped(label)}"?(?![\p{L}\d])`, 'giu')
      for (const match of rest.matchAll(regex)) found.push({ kind, ...(match[1] !== undefined ? { value: Number(match[1]) } : {}) })
    }
    rest = rest.replace(new RegExp(String.raw`(?<![\p{L}\d])${escaped(label)}(?![\p{L}\d])`, 'giu'), ' \u0000 ')
    // A label said twice with different edges is no clear band.
    if (found.length !== 1) {
      if (found.length > 1) return undefined
      continue
    }
    const [stated] = found as [(typeof found)[0]]
    if (stated.kind === 'lowest') lowest.push({ label, ...(stated.value !== undefined ? { below: stated.value } : {}) })
    else bands.push({ label, start: stated.value!, inclusive: stated.kind === 'inclusive' })
  }
  if (bands.length < MIN_EDGES || lowest.length !== 1) return undefined
  const sorted = bands.sort((a, b) => b.start - a.start)
  if (new Set(sorted.map((band) => band.start)).size !== sorted.length) return undefined
  // "below 52" must meet the lowest start the others give.
  const least = sorted[sorted.length - 1]!.start
  if (lowest[0]!.below !== undefined && lowest[0]!.below !== least) return undefined
  return { bands: sorted, lowest: lowest[0]!.label }
}

const inBand = (band: Band, value: number): boolean => (band.inclusive ? value >= band.start : value > band.start)

/** After a label: where its band ends ("up to 40000", "under 52") or that it is the highest ("above that"). */
const ENDS: ReadonlyArray<{ pattern: string; kind: 'inclusive' | 'exclusive' | 'highest' }> = [
  { pattern: String.raw`(?:up\s+to|at\s+most|no\s+more\s+than)\s+${NUMBER}(?!\s*%|\d)`, kind: 'inclusive' },
  { pattern: String.raw`(?:under|below|less\s+than)\s+${NUMBER}(?!\s*%|\d)`, kind: 'exclusive' },
  { pattern: String.raw`(?:above|over|more\s+than|beyond)\s+(?:that|this|those)`, kind: 'highest' },
  { pattern: String.raw`(?:for\s+)?anything\s+(?:thicker|bigger|larger|longer|heavier|higher|wider|more|above|over|else)`, kind: 'highest' }
]

type Ceiling = { label: string; end: number; inclusive: boolean }

/**
 * Bands the words give by where each ends: "A up to 40000, B up to 52000, ... and H above that". A
 * label is one word (a letter, a grade); the words may name bands no example answers (E and G), and
 * every label the examples answer must be one of them. Lowest end first, and the highest band's label.
 */
function statedCeilings(text: string, answered: readonly string[]): { bands: Ceiling[]; highest: string } | undefined {
  const bands: Ceiling[] = []
  const highest: string[] = []
  for (const { pattern, kind } of ENDS)
    // A label as a word, or quoted with a few words of what is measured between (""yellow" for screws up to 3.5 mm").
    for (const match of text.matchAll(
      new RegExp(
        String.raw`(?<![\p{L}\d])(?:([\p{L}\d]+)|"([\p{L}\d]+)"(?:\s+(?!and\b|or\b)\p{L}+){0,2}?)\s+(?:is\s+|are\s+)?${pattern}`,
        'giu'
      )
    )) {
      const label = (match[1] ?? match[2])!
      if (kind === 'highest') highest.push(label)
      else bands.push({ label, end: Number(match[3]), inclusive: kind === 'inclusive' })
    }
  const labels = [...bands.map((band) => band.label), ...highest]
  if (bands.length < MIN_EDGES || highest.length !== 1 || new Set(labels).size !== labels.length) return undefined
  // Every label the examples answer is a band's, but for one case the words put outside the bands ("plasterboard always needs a "cavity" fixing").
  if (answered.filter((label) => !labels.includes(label)).length > 1) return undefined
  const sorted = bands.sort((a, b) => a.end - b.end)
  if (new Set(sorted.map((band) => band.end)).size !== sorted.length) return undefined
  return { bands: sorted, highest: highest[0]! }
}

const underCeiling = (band: Ceiling, value: number): boolean => (band.inclusive ? value <= band.end : value < band.end)

/** The label of each numeric input's band by where the bands end, for inputs whose rows fall in two bands or more. */
function describedCeilings(text: string, table: ExampleTable): Derived[] {
  return labelUnderCeilings(table, statedCeilings(text, answeredTexts(table)))
}

/** Bands by where each ends (`value <= 40000 ? 'A' : …`), the highest band's label for the rest; none where the words state none. */
function labelUnderCeilings(table: ExampleTable, stated: { bands: Ceiling[]; highest: string } | undefined): Derived[] {
  if (stated === undefined) return []
  return labelOfBand(
    table,
    stated.bands.map((band) => ({
      label: band.label,
      holds: (value) => underCeiling(band, value),
      operator: band.inclusive ? 'lessOrEqual' : 'less',
      edge: band.end
    })),
    stated.highest
  )
}

/** A band as the rule tests it: `value <= 40000 ? 'A' : …`, in order, the last label for the rest. */
type BandTest = {
  label: string
  holds: (value: number) => boolean
  operator: 'lessOrEqual' | 'less' | 'greaterOrEqual' | 'greater'
  edge: number
}

/**
 * For each numeric input whose rows fall in two of the bands or more: the label of its value's band.
 * Or of how far one input is past another ("11 to 20 mph over the limit": `speed - limit`), where
 * that label is what every row answers: the words name the bands, the rows which difference.
 */
function labelOfBand(table: ExampleTable, bands: readonly BandTest[], otherwise: string): Derived[] {
  const bandOf = (value: number) => bands.findIndex((band) => band.holds(value))
  const labelled = (value: Program, name: string): Derived => {
    const program = bands.reduceRight<Program>(
      (rest, band) => conditional(apply(band.operator, value, constant(band.edge)), constant(band.label), rest),
      constant(otherwise)
    )
    return { name: `${name}_statedLabel`, program, confident: true, stated: true }
  }
  const numbers = table.columns.filter((column) => column.type === 'number' && column.derived !== true)
  const ofColumns = numbers
    .filter((column) => new Set(column.values.map((value) => bandOf(Number(value)))).size >= 2)
    .map((column) => labelled(input(column.name, 'number'), column.name))
  const labelOf = (value: number) => bands[bandOf(value)]?.label ?? otherwise
  const answersEveryRow = (past: (inputs: Record<string, Value>) => number) =>
    table.examples.every((example) => Object.values(example.outputs).includes(labelOf(past(example.inputs))))
  const ofDifferences = numbers.flatMap((first) =>
    numbers
      .filter((second) => second !== first && answersEveryRow((row) => Number(row[first.name]) - Number(row[second.name])))
      .map((second) =>
        labelled(apply('subtract', input(first.name, 'number'), input(second.name, 'number')), `${first.name}_past_${second.name}`)
      )
  )
  // Or of the share one input is of another ("the share of targets hit": `hit * 100 / shot`), in percent where the edges are.
  const percent = bands.some((band) => band.edge > 1)
  const positive = (column: (typeof numbers)[number]) => column.values.every((value) => Number(value) > 0)
  const ofShares = numbers.flatMap((part) =>
    numbers
      .filter(
        (whole) =>
          whole !== part &&
          positive(whole) &&
          answersEveryRow((row) => (Number(row[part.name]) * (percent ? 100 : 1)) / Number(row[whole.name]))
      )
      .map((whole) => {
        const scaled = percent ? apply('multiply', input(part.name, 'number'), constant(100)) : input(part.name, 'number')
        return labelled(apply('divide', scaled, input(whole.name, 'number')), `${part.name}_share_of_${whole.name}`)
      })
  )
  return [...ofColumns, ...ofDifferences, ...ofShares]
}

/** The texts the examples answer with, longest first (so "medium rare" is read before "medium"). */
function answeredTexts(table: ExampleTable): string[] {
  const texts = new Set<string>()
  for (const example of table.examples)
    for (const value of Object.values(example.outputs)) if (typeof value === 'string' && value.trim() !== '') texts.add(value)
  return [...texts].sort((a, b) => b.length - a.length)
}

/** Before a label: the range its band spans ("112 to 117"), or that it is the lowest ("below 110") or the highest ("above 155"). */
const RANGES_BEFORE: ReadonlyArray<{ pattern: string; kind: RangeKind }> = [
  { pattern: String.raw`${NUMBER}\s*(?:to|through|-|\u2013)\s*${NUMBER}`, kind: 'range' },
  { pattern: String.raw`(?:up\s+to|at\s+most)\s+${NUMBER}`, kind: 'upTo' },
  { pattern: String.raw`(?:below|under|less\s+than)\s+${NUMBER}`, kind: 'lowest' },
  { pattern: String.raw`(?:above|over|more\s+than)\s+${NUMBER}`, kind: 'highest' },
  { pattern: String.raw`${NUMBER}(?:\s+[\p{L}/%]+)?\s+(?:or|and)\s+(?:above|over|more|higher|up)`, kind: 'highestFrom' }
]

/** After a label, the same: ""breezy" from 20 to 39 km/h", ""calm" below 20", ""storm" at 75 km/h and above". */
const RANGES_AFTER: ReadonlyArray<{ pattern: string; kind: RangeKind }> = [
  { pattern: String.raw`(?:from\s+|between\s+)?${NUMBER}\s*(?:to|through|and|-|\u2013)\s*${NUMBER}`, kind: 'range' },
  { pattern: String.raw`(?:below|under|less\s+than)\s+${NUMBER}`, kind: 'lowest' },
  { pattern: String.raw`(?:above|over|more\s+than)\s+${NUMBER}`, kind: 'highest' },
  { pattern: String.raw`(?:at\s+|from\s+)?${NUMBER}(?:\s+[\p{L}/%]+)?\s+(?:and|or)\s+(?:above|over|more|higher|up)`, kind: 'highestFrom' }
]

type RangeKind = 'range' | 'upTo' | 'lowest' | 'highest' | 'highestFrom'
type StatedRange = { label: string; kind: RangeKind; first: number; second: number; nothingOrLess?: true }

/** The one band the words give a label, before or after it; undefined where they give none or several. */
function rangeOf(text: string, label: string): StatedRange | null | undefined {
  const quoted = String.raw`"?${escaped(label)}"?`
  const found: StatedRange[] = []
  const read = (regex: RegExp, kind: RangeKind) => {
    for (const match of text.matchAll(regex)) found.push({ label, kind, first: Number(match[1]), second: Number(match[2]) })
  }
  // A few words of what is measured may stand between ("11 to 20 mph over is band "B""): no number,
  // no quote, no "and" that starts the next band's clause ("90 to 109 dB and "painful" at 110").
  for (const { pattern, kind } of RANGES_BEFORE)
    read(
      new RegExp(
        String.raw`${pattern}(?:\s+(?!(?:and|or|but|then|while)\b)[\p{L}/%]+){0,6}?\s+(?:it\s+is\s+|is\s+|are\s+)?${quoted}(?![\p{L}\d])`,
        'giu'
      ),
      kind
    )
  for (const { pattern, kind } of RANGES_AFTER)
    read(new RegExp(String.raw`(?<![\p{L}\d])${quoted}\s+(?:is\s+|are\s+)?${pattern}(?!\s*%|\d)`, 'giu'), kind)
  // Or a single value, where no range is given ("day 7 the first quarter", "day 0 of the cycle is the new moon").
  if (found.length === 0)
    for (const match of text.matchAll(
      new RegExp(
        String.raw`(?<![\d.])${NUMBER}(?:\s+(?!(?:and|or|but|then|while|to)\b)[\p{L}/%']+){0,6}?\s+(?:is\s+|are\s+)?${quoted}(?![\p{L}\d])`,
        'giu'
      )
    ))
      found.push({ label, kind: 'range', first: Number(match[1]), second: Number(match[1]) })
  if (found.length === 0) return null
  return found.length === 1 ? found[0] : undefined
}

/**
 * Bands the words give as ranges beside each label: "below 110 it is "too early", 110 to 111 is
 * "thread", 112 to 117 "soft ball", ... and above 155 "caramel"", or ""calm" from 0 to 19 km/h, ...
 * and "storm" at 75 km/h and above". The ranges must follow one another without a gap or an overlap
 * (whole numbers: 111 then 112), from the lowest band's edge (or from 0) to the highest's. Ascending
 * ceilings and the highest band's label; undefined unless all is clear.
 */
function statedRanges(text: string, answered: readonly string[]): { bands: Ceiling[]; highest: string } | undefined {
  const stated: StatedRange[] = []
  const unstated: string[] = []
  let rest = text
  for (const label of answered) {
    const range = rangeOf(rest, label)
    // Every answered label has one band, said once; one may have none (see below).
    if (range === undefined) return undefined
    if (range === null) unstated.push(label)
    else stated.push(range)
    rest = rest.replace(new RegExp(String.raw`(?<![\p{L}\d])${escaped(label)}(?![\p{L}\d])`, 'giu'), ' \u0000 ')
  }
  // "Up to 10 over is "A"": the first band starts past nothing, and the one label the words give no
  // number is the band of nothing and less ("at or under the limit: "none"").
  const upTo = stated.filter((range) => range.kind === 'upTo')
  if (upTo.length > 1 || unstated.length > (upTo.length === 1 ? 1 : 0)) return undefined
  if (upTo.length === 1) {
    if (unstated.length !== 1 || stated.some((range) => range.kind === 'lowest')) return undefined
    const [first] = upTo
    // Past nothing: from 1 where the bands are whole numbers.
    const start = Number.isInteger(first!.first) ? 1 : 0
    stated.splice(stated.indexOf(first!), 1, { label: first!.label, kind: 'range', first: start, second: first!.first })
    stated.push({ label: unstated[0]!, kind: 'lowest', first: start, second: Number.NaN, nothingOrLess: true })
  }
  const ranges = stated.filter((range) => range.kind === 'range').sort((a, b) => a.first - b.first)
  const lowest = stated.filter((range) => range.kind === 'lowest')
  const highest = stated.filter((range) => range.kind === 'highest' || range.kind === 'highestFrom')
  if (ranges.length + lowest.length < MIN_EDGES || lowest.length > 1 || highest.length > 1) return undefined
  const whole = ranges.every((range) => Number.isInteger(range.first) && Number.isInteger(range.second))
  const follows = (end: number, start: number) => (whole ? start === end + 1 : start === end)
  if (ranges.some((range, index) => range.second < range.first || (index > 0 && !follows(ranges[index - 1]!.second, range.first))))
    return undefined
  // The lowest band meets the first range, or the first range starts at nothing.
  if (lowest.length === 1 ? lowest[0]!.first !== ranges[0]!.first : ranges[0]!.first !== 0) return undefined
  // With no highest band, the last range closes the scale (a cycle's days 0 to 29): its label is the top's.
  const top = highest[0] ?? ranges.at(-1)!
  const closed = highest.length === 0 ? ranges.slice(0, -1) : ranges
  if (closed.length === 0) return undefined
  if (top.kind === 'highest' ? top.first !== closed.at(-1)!.second : !follows(closed.at(-1)!.second, top.first)) return undefined
  return {
    bands: [
      ...lowest.map((band) =>
        band.nothingOrLess ? { label: band.label, end: 0, inclusive: true } : { label: band.label, end: band.first, inclusive: false }
      ),
      ...closed.map((range) => ({ label: range.label, end: range.second, inclusive: true }))
    ],
    highest: top.label
  }
}

/** The label of each numeric input's band by the ranges the words give, for inputs whose rows fall in two bands or more. */
function describedRanges(text: string, table: ExampleTable): Derived[] {
  return labelUnderCeilings(table, statedRanges(text, answeredTexts(table)))
}

/** The label of each numeric input's band, for inputs whose rows fall in two bands or more. */
export function describedLabelBands(text: string, table: ExampleTable): Derived[] {
  const ranged = describedRanges(text, table)
  if (ranged.length > 0) return ranged
  const stated = statedBands(text, answeredTexts(table))
  if (stated === undefined) return describedCeilings(text, table)
  const { bands, lowest } = stated
  return labelOfBand(
    table,
    bands.map((band) => ({
      label: band.label,
      holds: (value) => inBand(band, value),
      operator: band.inclusive ? 'greaterOrEqual' : 'greater',
      edge: band.start
    })),
    lowest
  )
}

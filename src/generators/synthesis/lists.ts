/**
 * Lists of numbers written in one cell ("32, 18, 25"): read as numbers, they have a sum, a
 * mean, a median, a lowest and a highest like any set of readings. Pure helpers for the
 * operators, the bank and the probes.
 */

const NUMBER = String.raw`-?\d+(?:\.\d+)?`
/** An entry that is no number: a mark such as `X` (a foul), `-` or `DNF` — a short run without digits. */
const MARK = String.raw`[^\d\s,.][^\d,]{0,3}?`
const ENTRY = `(?:${NUMBER}|${MARK})`
const NUMBER_LIST = new RegExp(String.raw`^\s*${ENTRY}(?:\s*,\s*${ENTRY})*\s*$`, 'u')
/**
 * A list written with spaces only ("X 10 9 M 7": the arrows of an archery end): its marks are short
 * runs of capitals or signs (`X`, `M`, `-`, `/`), never words, so a sentence is no list.
 */
const SPACED_MARK = String.raw`[^\d\s,.\p{Ll}][^\d\s,\p{Ll}]{0,2}`
const SPACED_LIST = new RegExp(String.raw`^\s*(?:${NUMBER}|${SPACED_MARK})(?:\s+(?:${NUMBER}|${SPACED_MARK}))+\s*$`, 'u')
const IS_NUMBER = new RegExp(`^${NUMBER}$`)
/** Most distinct marks a list column may use: a list of words is no list of numbers. */
const MAX_MARKS = 2

/** "32, 18, 25", a single "25", or "X, 6.45, 6.40" (a mark where there is no number): entries separated by commas. */
export function isNumberList(value: unknown): value is string {
  return typeof value === 'string' && (NUMBER_LIST.test(value) || SPACED_LIST.test(value))
}

/** The entries of a list, as generated code reads them: the runs between commas and spaces. */
const entriesOf = (text: string): string[] => text.match(/[^\s,]+/gu) ?? []

/** How generated code reads the entries of a list, as `entriesOf` does. */
export const entriesText = (list: string): string => `(${list}.match(/[^\\s,]+/gu) ?? [])`

/** The numbers of a list, in order, its marks skipped; undefined for anything that is not one. */
export function numbersIn(text: string): number[] | undefined {
  return isNumberList(text)
    ? entriesOf(text)
        .filter((entry) => IS_NUMBER.test(entry))
        .map(Number)
    : undefined
}

/**
 * The entry of a list with the highest (or lowest) number, as it is written (`6.30`, not 6.3);
 * marks are skipped, and a list of marks only has none: ''.
 */
export function extremeEntry(text: string, which: 'highest' | 'lowest'): string | undefined {
  if (!isNumberList(text)) return undefined
  const sign = which === 'highest' ? 1 : -1
  let best = ''
  for (const entry of entriesOf(text)) if (IS_NUMBER.test(entry) && (best === '' || sign * (Number(entry) - Number(best)) > 0)) best = entry
  return best
}

/** The marks (entries that are no number) a list uses. */
export function marksIn(text: string): string[] {
  return entriesOf(text).filter((entry) => !IS_NUMBER.test(entry))
}

/** How many entries of a list are this mark (the X's of an archery end); undefined for text that is no list. */
export function markCount(text: string, mark: string): number | undefined {
  return isNumberList(text) ? entriesOf(text).filter((entry) => entry === mark).length : undefined
}

/**
 * A column of lists of numbers: every value is one, some hold several entries, and the entries
 * are mostly numbers with at most two kinds of mark (`X` for a foul): a list of words is not one.
 */
export function isNumberListColumn(values: readonly unknown[]): values is string[] {
  if (!values.every(isNumberList) || !values.some((value) => entriesOf(value).length > 1)) return false
  // Spaced lists hold three entries or more ("2 x 3" is a size, not a list).
  if (!values.some((value) => value.includes(',')) && values.some((value) => entriesOf(value).length < 3)) return false
  const entries = values.flatMap(entriesOf)
  const marks = values.flatMap(marksIn)
  return new Set(marks).size <= MAX_MARKS && marks.length * 2 < entries.length
}

/** The middle value, or the mean of the two middle ones of an even count. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** `median` as generated code writes it, once per module that takes one. */
export const MEDIAN_HELPER = [
  '/** The middle value, or the mean of the two middle ones of an even count. */',
  'function median(values: number[]): number {',
  '  const sorted = [...values].sort((a, b) => a - b)',
  '  const middle = Math.floor(sorted.length / 2)',
  '  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2',
  '}'
].join('\n')

/** Whether generated text calls `median(`: its module then needs MEDIAN_HELPER. */
export function callsMedian(text: string): boolean {
  return /(?<![.\w])median\(/.test(text)
}

/**
 * Other lists than the examples', as plausible as theirs: each example's entries in another
 * order, one fewer, one more, and an even count where the examples have odd ones. Where every
 * example has the same count ("my last five trips"), so do the probes: another count is outside
 * the lists' domain. Where the examples use a mark (`X`), a number is replaced by it, and every
 * entry is.
 */
export function numberListProbes(values: readonly string[]): Array<{ value: string; plausibility: number }> {
  const lists = values.map(entriesOf)
  const numbers = lists.flat().filter((entry) => IS_NUMBER.test(entry))
  const marks = [...new Set(values.flatMap(marksIn))]
  // Written the examples' way: with commas, or with spaces only.
  const separator = values.some((value) => value.includes(',')) ? ', ' : ' '
  const counts = new Set(lists.map((entries) => entries.length))
  const fixed = counts.size === 1 && values.length >= 3 ? lists[0]!.length : undefined
  const found = new Map<string, number>()
  const add = (entries: readonly string[], plausibility: number) => {
    if (entries.length === 0 || (fixed !== undefined && entries.length !== fixed)) return
    const text = entries.join(separator)
    if (values.includes(text)) return
    found.set(text, Math.max(found.get(text) ?? 0, plausibility))
  }
  const largest = Math.max(...numbers.map(Number))
  const doubled = String(largest * 2)
  for (const entries of lists) {
    add([...entries].reverse(), 0.9)
    add(entries.slice(1), 0.8)
    add([...entries, doubled], 0.8)
    add([...entries, entries[0]!], 0.8)
    // Same count: one entry the largest twice over, one the smallest of another list.
    add([doubled, ...entries.slice(1)], 0.8)
    add([...entries.slice(0, -1), numbers[0]!], 0.8)
    // Each mark in a number's place: what each mark counts is a question of its own.
    for (const mark of marks) {
      const at = entries.findIndex((entry) => IS_NUMBER.test(entry))
      if (at >= 0)
        add(
          entries.map((entry, index) => (index === at ? mark : entry)),
          0.8
        )
    }
  }
  const sample = [...new Set(numbers)].slice(0, fixed ?? 4)
  add(sample, 0.9)
  add(sample.slice(0, 3), 0.9)
  for (const mark of marks) add(new Array(fixed ?? 3).fill(mark), 0.8)
  return [...found].map(([value, plausibility]) => ({ value, plausibility }))
}

const LABELLED_ENTRY = String.raw`\s*\p{L}[\p{L}-]*\s+${NUMBER}\s*`
const LABELLED_LIST = new RegExp(`^${LABELLED_ENTRY}(?:,${LABELLED_ENTRY})*$`, 'u')

/** "beans 1.2, tomatoes 2.5, beans 0.8": amounts each labelled with a word, separated by commas. */
export function isLabelledList(value: unknown): value is string {
  return typeof value === 'string' && LABELLED_LIST.test(value)
}

/** Binary noise of a sum of decimals cleared (0.1 + 0.2 is 0.3), as generated code clears it. */
export const clearNoise = (value: number): number => Math.round(value * 1e9) / 1e9

/** The sum of the amounts labelled with this word (0 where none is); undefined for text that is no labelled list. */
export function labelledSum(text: string, label: string): number | undefined {
  if (!isLabelledList(text)) return undefined
  let total = 0
  for (const entry of text.split(',')) {
    const [word, amount] = entry.trim().split(/\s+/)
    if (word!.toLowerCase() === label.toLowerCase()) total += Number(amount)
  }
  return clearNoise(total)
}

/** One amount labelled with words, alone in a cell: "kitchen 3", "front desk 2.5". */
const LABELLED_ONE = new RegExp(String.raw`^\s*(\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*)*)\s+(${NUMBER})\s*$`, 'u')

/** The label (lower case, spaces single) and the amount of a cell holding one labelled amount; undefined for other text. */
export function labelledEntry(text: string): { label: string; amount: number } | undefined {
  const match = LABELLED_ONE.exec(text)
  return match === null ? undefined : { label: match[1]!.toLowerCase().replace(/\s+/g, ' '), amount: Number(match[2]) }
}

/**
 * The sum of the amounts of the cells labelled `label` (the kitchen's hours of a week's shifts
 * "kitchen 3", "front desk 2", "kitchen 1.5"); a cell that is no labelled amount counts nothing,
 * as the generated code counts it.
 */
export function labelledEntriesSum(label: string, texts: readonly string[]): number {
  let total = 0
  for (const text of texts) {
    const entry = labelledEntry(text)
    if (entry !== undefined && entry.label === label.toLowerCase()) total += entry.amount
  }
  return clearNoise(total)
}

/** The words of an output's name (`totalBeans`, `beans_total`) that label some entry of a labelled list: what is summed. */
export function sumLabelsOf(outputName: string, values: readonly unknown[]): string[] {
  const words = outputName
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((word) => word.length > 1)
  const labels = new Set(
    values.filter(isLabelledList).flatMap((value) => value.split(',').map((entry) => entry.trim().split(/\s+/)[0]!.toLowerCase()))
  )
  return words.filter((word) => labels.has(word))
}

/**
 * Lists of numbers written in one cell ("32, 18, 25"): read as numbers, they have a sum, a
 * mean, a median, a lowest and a highest like any set of readings. Pure helpers for the
 * operators, the bank and the probes.
 */

const NUMBER = String.raw`-?\d+(?:\.\d+)?`
const NUMBER_LIST = new RegExp(String.raw`^\s*${NUMBER}(?:\s*,\s*${NUMBER})*\s*$`)

/** "32, 18, 25" or a single "25": numbers separated by commas. */
export function isNumberList(value: unknown): value is string {
  return typeof value === 'string' && NUMBER_LIST.test(value)
}

/** The numbers of a list, in order; undefined for anything that is not one. */
export function numbersIn(text: string): number[] | undefined {
  return isNumberList(text) ? text.split(',').map(Number) : undefined
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
 * Other lists than the examples', as plausible as theirs: each example's numbers in another
 * order, one fewer, one more, and an even count where the examples have odd ones.
 */
export function numberListProbes(values: readonly string[]): Array<{ value: string; plausibility: number }> {
  const lists = values.map((value) => numbersIn(value) ?? [])
  const all = lists.flat()
  const found = new Map<string, number>()
  const add = (numbers: readonly number[], plausibility: number) => {
    if (numbers.length === 0) return
    const text = numbers.join(', ')
    if (values.includes(text)) return
    found.set(text, Math.max(found.get(text) ?? 0, plausibility))
  }
  const largest = Math.max(...all)
  for (const numbers of lists) {
    add([...numbers].reverse(), 0.9)
    add(numbers.slice(1), 0.8)
    add([...numbers, largest * 2], 0.8)
    add([...numbers, numbers[0]!], 0.8)
  }
  const sample = [...new Set(all)].slice(0, 4)
  add(sample, 0.9)
  add(sample.slice(0, 3), 0.9)
  return [...found].map(([value, plausibility]) => ({ value, plausibility }))
}

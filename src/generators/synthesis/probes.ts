/**
 * Probe inputs: rows the examples never show, drawn from each input's plausible domain —
 * between, around and beyond the example values, nothing and one where the examples allow,
 * other word counts and spellings for text, both answers for a yes/no input, the known
 * categories for a categorical one — and combinations that test relations between inputs
 * (equal, swapped). Near-best programs that disagree on a probe are not sure of the rule.
 */
import type { Value } from '../operation'
import { splitWords } from './operators'
import { isNumberListColumn, numberListProbes } from './lists'
import { clockStyleOf, clockValue, isClockText, writeClock } from './clock'
import { dateText, dateValue, endOfMonth, isDateText } from './dates'
import { thresholdBetween } from './numbers'
import type { Column, ExampleTable } from './table'

export interface Probe {
  inputs: Record<string, Value>
  /** How ordinary the row is, 0..1: the deciding row asked for is the most ordinary one. */
  plausibility: number
}

const MAX_PROBES = 64
const BASE_ROWS = 4

interface ProbeValue {
  value: Value
  plausibility: number
}

/** Values one input may take beyond its examples. */
function probeValues(column: Column): ProbeValue[] {
  if (column.type === 'boolean') return [true, false].map((value) => ({ value, plausibility: 1 }))
  if (column.type === 'string' && column.values.every(isClockText)) return clockProbes(column.values as string[])
  if (column.type === 'string' && column.values.every(isDateText)) return dateProbes(column.values as string[])
  if (column.type === 'string' && isNumberListColumn(column.values)) return numberListProbes(column.values)
  if (column.type === 'string')
    return column.categorical
      ? [...new Set([...(column.values as string[]), ...((column.domain ?? []) as string[])])].map((value) => ({ value, plausibility: 1 }))
      : textProbes(column.values as string[])
  return numberProbes(column.values as number[], wholeNumbers(column), column.decimals)
}

/** Whole numbers written as whole numbers: "20.00" is an amount to the cent, whose next value may be 33.33. */
const wholeNumbers = (column: Column): boolean => column.integral && !((column.decimals ?? 0) > 0)

/**
 * An input written as precisely as the examples' (17.33 beside 12.50 and 20.00) beside each
 * other input's probes: a rule that answers with more decimals than the examples may show it
 * only where both are new (17.33 an hour for 41 hours, 1.5 times over 40, is 719.195).
 */
function precisePairs(
  columns: readonly Column[],
  perColumn: ReadonlyArray<readonly ProbeValue[]>,
  base: Record<string, Value>,
  written: ReadonlySet<string>,
  push: (inputs: Record<string, Value>, plausibility: number, kind: string) => void
): void {
  for (const column of columns) {
    const precise = written.has(column.name) ? undefined : preciseProbe(column)
    if (precise === undefined) continue
    columns.forEach((other, position) => {
      if (other === column || other.type !== 'number' || written.has(other.name)) return
      for (const probe of perColumn[position]!)
        push(
          { ...base, [column.name]: precise, [other.name]: probe.value },
          PRECISION_PLAUSIBILITY * probe.plausibility,
          `${column.name} precise`
        )
    })
  }
}

/** A number column's input written as precisely as its examples, in the widest gap between them; undefined for whole numbers. */
function preciseProbe(column: Column): number | undefined {
  if (column.type !== 'number' || wholeNumbers(column)) return undefined
  const distinct = [...new Set(column.values as number[])].sort((a, b) => a - b)
  return atTheExamplesPrecision(distinct, Math.max(0, column.decimals ?? 0, ...distinct.map(decimalsOf)))
}

/** Decimal places of a number as written: 4.5 → 1, 12.09 → 2. */
function decimalsOf(value: number): number {
  const text = String(value)
  return text.includes('.') && !text.includes('e') ? text.length - text.indexOf('.') - 1 : 0
}

function numberProbes(values: number[], integral: boolean, written = 0): ProbeValue[] {
  const distinct = [...new Set(values)].sort((a, b) => a - b)
  // Probes are written as precisely as the examples are, never more: 29.995 is no price. A rate
  // written 12.50 and 20.00 is written to the cent, though its values need one decimal or none.
  const decimals = Math.max(0, written, ...distinct.map(decimalsOf))
  const low = distinct[0]!
  const high = distinct[distinct.length - 1]!
  const span = Math.max(high - low, Math.abs(high), 1)
  const found = new Map<number, number>()
  const add = (value: number, plausibility: number) => {
    const rounded = integral ? Math.round(value) : Number(value.toFixed(decimals))
    if (!Number.isFinite(rounded) || distinct.includes(rounded)) return
    found.set(rounded, Math.max(found.get(rounded) ?? 0, plausibility))
  }
  // Between neighbouring examples: the round number a person would try, and the middle.
  for (let index = 0; index + 1 < distinct.length; index++) {
    const lower = distinct[index]!
    const upper = distinct[index + 1]!
    if (integral && upper - lower < 2) continue
    add(thresholdBetween(lower, upper) === upper ? (lower + upper) / 2 : thresholdBetween(lower, upper), 1)
    add((lower + upper) / 2, 0.9)
    if (upper - lower > 4) {
      add(lower + 1, 0.7)
      add(upper - 1, 0.7)
    }
  }
  // Values in a narrow band far from nothing (years, four-digit codes): nothing, one, twice or ten
  // times them are no inputs anyone writes there, so no question asks about them.
  const farBand = low >= FAR_BAND_LOW && high < 2 * low
  const scaled = (plausibility: number) => (farBand ? FAR_PLAUSIBILITY : plausibility)
  // Around and beyond.
  add(high + (integral ? 1 : span / 10), 0.8)
  add(high * 2 + (high === 0 ? 10 : 0), scaled(0.6))
  add(high * 10 + (high === 0 ? 100 : 0), scaled(0.4))
  if (low > 0) {
    add(low - (integral ? 1 : Math.min(low, span / 10)), 0.8)
    if (low <= span) add(0, scaled(0.5))
    add(1, scaled(0.5))
    if (!integral) add(low / 2, scaled(0.6))
  } else if (low === 0) {
    // Nothing is the least the examples show (a count, an amount): negatives are outside the domain.
    add(1, 0.8)
  } else {
    add(low - (integral ? 1 : span / 10), 0.8)
    add(low * 2 - 1, 0.5)
    add(0, 0.8)
    add(1, 0.8)
    add(-1, 0.7)
  }
  if (!integral) add((low + high) / 2 + 0.37, 0.6)
  const precise = atTheExamplesPrecision(distinct, decimals)
  if (precise !== undefined) add(precise, PRECISION_PLAUSIBILITY)
  // And one cent past a whole amount: a rule rounded up where the words say nearest (or down) parts from it only
  // where what it rounds is just past the cent, which a third's digits may not be (175.33 * 15 is 2629.95; 175.01 * 15 is 2625.15).
  const justPast = atTheExamplesPrecision(distinct, decimals, 'one')
  if (justPast !== undefined) add(justPast, PRECISION_PLAUSIBILITY)
  // Round values like the examples' own: when several are multiples of 100 (years, amounts), the
  // neighbouring multiples are the rows a reader tries next (1800, 2200 beside 1900 and 2100).
  for (const unit of [10, 100, 1000]) {
    const multiples = distinct.filter((value) => value !== 0 && value % unit === 0)
    if (multiples.length < 2) continue
    for (const value of multiples) {
      for (const step of [-2, -1, 1, 2]) {
        // Never across zero: where the examples are all positive, so are the rows a reader tries.
        if (low >= 0 && value + step * unit < 0) continue
        add(value + step * unit, 0.9)
      }
    }
  }
  return [...found].map(([value, plausibility]) => ({ value, plausibility }))
}

/** The least value of a band far from nothing (a year), and how plausible a probe scaled from it is: below any question's. */
const FAR_BAND_LOW = 1000
const FAR_PLAUSIBILITY = 0.2

/** As ordinary as the rows between the examples: an amount written to the cent, like theirs. */
const PRECISION_PLAUSIBILITY = 0.95

/**
 * An input written as precisely as the examples' own (33.33 beside 19.99 and 50.00), in the widest
 * gap between them: round probes hide a rule that answers with more decimals than the examples
 * ever do (a tenth off 33.33 is 29.997, never a price).
 */
function atTheExamplesPrecision(distinct: readonly number[], decimals: number, digits: 'thirds' | 'one' = 'thirds'): number | undefined {
  if (decimals === 0 || distinct.length < 2) return undefined
  let lower = distinct[0]!
  let upper = distinct[1]!
  for (let index = 1; index + 1 < distinct.length; index++)
    if (distinct[index + 1]! - distinct[index]! > upper - lower) [lower, upper] = [distinct[index]!, distinct[index + 1]!]
  // Every decimal a third: the digits no round number has (or the last digit one: 175.01).
  const whole = Math.floor((lower + upper) / 2)
  const value = Number((whole + (digits === 'thirds' ? (10 ** decimals - 1) / 3 : 1) / 10 ** decimals).toFixed(decimals))
  return value > lower && value < upper ? value : undefined
}

/** Other clock readings, between and around the examples', written as they are: a time of day stays within the day. */
function clockProbes(values: string[]): ProbeValue[] {
  const style = clockStyleOf(values)
  const found = new Map<string, number>()
  for (const probe of numberProbes(
    values.map((value) => clockValue(value)!),
    true
  )) {
    const written = writeClock(probe.value as number, style)
    if (written !== undefined && !values.includes(written)) found.set(written, Math.max(found.get(written) ?? 0, probe.plausibility))
  }
  // Midnight and noon are the readings a person tries first.
  if (style.timeOfDay)
    for (const minutes of [0, 720]) {
      const written = writeClock(minutes, style)!
      if (!values.includes(written)) found.set(written, Math.max(found.get(written) ?? 0, 0.9))
    }
  return [...found].map(([value, plausibility]) => ({ value, plausibility }))
}

/** Other dates, between and around the examples', and the ends of their months (where a month or a year turns). */
function dateProbes(values: string[]): ProbeValue[] {
  const days = values.map((value) => dateValue(value)!)
  const found = new Map<string, number>()
  const add = (day: number, plausibility: number) => {
    const written = dateText(day)
    if (written !== undefined && !values.includes(written)) found.set(written, Math.max(found.get(written) ?? 0, plausibility))
  }
  for (const probe of numberProbes(days, true)) add(probe.value as number, probe.plausibility)
  for (const day of days) {
    add(endOfMonth(day), 0.8)
    add(endOfMonth(day) + 1, 0.8)
  }
  return [...found].map(([value, plausibility]) => ({ value, plausibility }))
}

function textProbes(values: string[]): ProbeValue[] {
  const words = values.flatMap((value) => splitWords(value, ' '))
  const first = values[0] ?? ''
  const second = values[1] ?? first
  const found = new Map<string, number>()
  const add = (value: string, plausibility: number) => {
    if (value === '' || values.includes(value)) return
    found.set(value, Math.max(found.get(value) ?? 0, plausibility))
  }
  // Several words are as ordinary as the examples' are: less so where every example is one word.
  const severalWords = values.some((value) => splitWords(value, ' ').length > 1) ? 0.9 : 0.7
  if (words.length > 0) {
    add(words[words.length - 1]!, 0.8)
    add([words[0], words[Math.floor(words.length / 2)], words[words.length - 1]].join(' '), severalWords)
    add([...words.slice(0, 4)].join(' '), 0.7)
  }
  add(first.toUpperCase(), 0.6)
  add(first.toLowerCase(), 0.6)
  add(
    second
      .split(' ')
      .map((word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase())
      .join(' '),
    0.7
  )
  add(`${second} ${first}`, 0.7)
  // Separators the examples use, between other words.
  for (const separator of ['-', '_', '@', '.', ',', '/']) {
    if (values.every((value) => value.includes(separator)))
      add(
        values
          .map((value) => value.split(separator)[0])
          .slice(0, 2)
          .join(separator) +
          separator +
          'x',
        0.6
      )
  }
  if (values.some((value) => value !== value.trim())) add(`  ${second}  `, 0.6)
  // Other lengths: a character less or more, five more (a rule on the length must say what they give).
  if (first.length > 1) add(first.slice(0, -1), 0.7)
  add(second + second.charAt(second.length - 1), 0.7)
  add(first + first.slice(0, 5), 0.6)
  const between = lengthBetween(values)
  if (between !== undefined) add(between, 0.8)
  const shared = sharedShape(values)
  return [...found].map(([value, plausibility]) => ({ value, plausibility: shared(value) ? plausibility : plausibility * 0.2 }))
}

/**
 * What every example text shares is its input's domain, as for orders between numbers: where
 * every example is a run of digits (a phone number, a card number), so is every ordinary input. A
 * probe with letters or spaces (two numbers joined by a space) raises no question. Lengths stay
 * free: card numbers have 14 to 19 digits. Codes (every example mixes in a digit: a postcode, a
 * seat) keep to the examples' count of parts: codes pasted together are nobody's input, where
 * names with one more word are ordinary.
 */
function sharedShape(values: readonly string[]): (value: string) => boolean {
  const digitsOnly = values.every((value) => /^\d+$/.test(value))
  const codes = values.every((value) => /\d/u.test(value))
  const parts = (value: string) => splitWords(value, ' ').length
  const mostParts = Math.max(...values.map(parts))
  return (value) => (!digitsOnly || /^\d+$/.test(value)) && (!codes || parts(value) <= mostParts)
}

/**
 * A length between the examples', as numbers get values between theirs: the longest example cut
 * to the middle of the widest gap between the examples' lengths (where only one surname is long,
 * what does one of middling length give?).
 */
function lengthBetween(values: readonly string[]): string | undefined {
  const lengths = [...new Set(values.map((value) => [...value].length))].sort((a, b) => a - b)
  let widest: [number, number] | undefined
  for (let index = 1; index < lengths.length; index++) {
    const gap: [number, number] = [lengths[index - 1]!, lengths[index]!]
    if (gap[1] - gap[0] > 2 && (widest === undefined || gap[1] - gap[0] > widest[1] - widest[0])) widest = gap
  }
  if (widest === undefined) return undefined
  const longest = values.reduce((best, value) => ([...value].length > [...best].length ? value : best))
  return [...longest].slice(0, Math.floor((widest[0] + widest[1]) / 2)).join('')
}

/** Values the examples show, in a row they never had: as ordinary as a row between theirs. */
const SHOWN_EXTREME_PLAUSIBILITY = 0.95

/** The least and the most value a column of numbers or clock readings shows, as written. */
function shownExtremes(column: Column): Value[] {
  if (column.categorical) return []
  const measure = (value: Value): number | undefined =>
    typeof value === 'number' ? value : typeof value === 'string' && isClockText(value) ? clockValue(value) : undefined
  const measured = column.values.map((value) => ({ value, measure: measure(value) }))
  if (measured.length === 0 || measured.some((entry) => entry.measure === undefined)) return []
  const sorted = [...measured].sort((a, b) => a.measure! - b.measure!)
  return [sorted[0]!.value, sorted[sorted.length - 1]!.value]
}

/** Example rows spread over the table: the first, the last and some between. */
function baseRows(table: ExampleTable): number[] {
  const rows = table.rows
  if (rows <= BASE_ROWS) return [...Array(rows).keys()]
  const picked = new Set<number>()
  for (let index = 0; index < BASE_ROWS; index++) picked.add(Math.round((index * (rows - 1)) / (BASE_ROWS - 1)))
  return [...picked]
}

/** Probe rows for the table, deterministic, at most MAX_PROBES. */
export function probeRows(table: ExampleTable, independentInputs = true, presence: ReadonlyArray<readonly [string, string]> = []): Probe[] {
  const columns = table.columns
  // A value the step's own text writes ("per 100 km") is no column a person varies: probes keep it.
  const written = new Set(table.operation.inputs.filter((input) => input.written === true).map((input) => input.name))
  const perColumn = columns.map((column) => (written.has(column.name) ? [] : probeValues(column)))
  const probes: Probe[] = []
  // What each probe varies (an input, a relation, everything at once): the probes kept are spread over these.
  const kinds: string[] = []
  const seen = new Set<string>(table.examples.map((example) => keyOf(columns, example.inputs)))
  const push = (inputs: Record<string, Value>, plausibility: number, kind: string) => {
    const key = keyOf(columns, inputs)
    if (seen.has(key)) return
    seen.add(key)
    probes.push({ inputs, plausibility })
    kinds.push(kind)
  }
  const bases = baseRows(table).map((row) => table.examples[row]!.inputs)
  // One input at a time, from ordinary rows.
  for (let column = 0; column < columns.length; column++) {
    for (const base of bases) {
      for (const probe of perColumn[column]!)
        push({ ...base, [columns[column]!.name]: probe.value }, probe.plausibility, columns[column]!.name)
    }
  }
  if (independentInputs) precisePairs(columns, perColumn, bases[0] ?? {}, written, push)
  // Each input at the least or the most its examples show, the others as in an example row: the
  // latest start with the longest wait, both values the examples use, in a row they never had.
  for (let column = 0; column < columns.length && independentInputs; column++) {
    for (const extreme of shownExtremes(columns[column]!))
      for (const base of bases)
        push({ ...base, [columns[column]!.name]: extreme }, SHOWN_EXTREME_PLAUSIBILITY, `${columns[column]!.name} shown`)
  }
  // Relations between inputs of one type: equal, and swapped.
  for (let left = 0; left < columns.length; left++) {
    for (let right = left + 1; right < columns.length; right++) {
      // A time of day and a weekday are both text, but neither is ever the other's value.
      if (columns[left]!.type !== columns[right]!.type || columns[left]!.categorical) continue
      if (kindOf(columns[left]!) !== kindOf(columns[right]!)) continue
      if (written.has(columns[left]!.name) || written.has(columns[right]!.name)) continue
      for (const base of bases) {
        const a = columns[left]!.name
        const b = columns[right]!.name
        push({ ...base, [b]: base[a]! }, 0.9, `${a} = ${b}`)
        push({ ...base, [a]: base[b]!, [b]: base[a]! }, 0.9, `${a} <> ${b}`)
      }
    }
  }
  // Every input new at once: interactions no single change shows.
  const longest = Math.max(0, ...perColumn.map((values) => values.length))
  for (let index = 0; index < longest && columns.length > 1; index++) {
    const inputs: Record<string, Value> = {}
    let plausibility = 1
    columns.forEach((column, position) => {
      const values = perColumn[position]!
      const chosen =
        values.length > 0
          ? values[(index + position) % values.length]!
          : { value: column.values[index % column.values.length]!, plausibility: 1 }
      inputs[column.name] = chosen.value
      plausibility = Math.min(plausibility, chosen.plausibility)
    })
    push(inputs, plausibility * 0.9, 'all')
  }
  // A story's quantities move together: its probes are kept by plausibility alone, the most ordinary states first.
  const kept = respectingInvariants(table, probes)
  return spread(respectingPresence(table, kept, presence), independentInputs ? kinds : probes.map(() => ''), MAX_PROBES)
}

/**
 * A yes/no and a count the caller names as one fact read twice (a story's item is on the list
 * exactly when the list holds copies of it), where every example agrees: a probe that has one
 * without the other is a state no scenario can reach, and raises no question (two rules that
 * differ only there, `!listed` and `copies <= 0`, are one). Only pairs so named: elsewhere a
 * coincidence of the rows (a yes/no that happened to go with a count) stands.
 */
function respectingPresence(table: ExampleTable, probes: Probe[], presence: ReadonlyArray<readonly [string, string]>): Probe[] {
  const has = (name: string) => table.columns.some((column) => column.name === name)
  const pairs = presence.filter(
    ([flag, count]) =>
      has(flag) && has(count) && table.examples.every((example) => example.inputs[flag] === Number(example.inputs[count]) > 0)
  )
  if (pairs.length === 0) return probes
  return probes.map((probe) =>
    pairs.some(([flag, count]) => probe.inputs[flag] !== Number(probe.inputs[count]) > 0)
      ? { ...probe, plausibility: probe.plausibility * 0.2 }
      : probe
  )
}

/** What a column's values measure: numbers, days (dates), minutes (times of day); other values measure nothing. */
function kindOf(column: Column): 'number' | 'date' | 'clock' | undefined {
  if (column.type === 'number') return 'number'
  if (column.type !== 'string') return undefined
  if (column.values.every(isDateText)) return 'date'
  return column.values.every(isClockText) ? 'clock' : undefined
}

/**
 * What every example shares is part of the input's domain: when the arrival always comes before
 * the departure, a probe that departs first is not an ordinary input, and raises no question.
 */
function respectingInvariants(table: ExampleTable, probes: Probe[]): Probe[] {
  // Numbers, dates by their day (a departure after the arrival), and times of day by their minute (out after in).
  const numbers = table.columns.filter((column) => kindOf(column) !== undefined)
  const measure = (value: Value | undefined): number =>
    typeof value !== 'string' ? (value as number) : isClockText(value) ? (clockValue(value) ?? NaN) : (dateValue(value) ?? NaN)
  const orders: Array<[string, string, (a: number, b: number) => boolean]> = []
  for (const left of numbers) {
    for (const right of numbers) {
      if (left === right || kindOf(left) !== kindOf(right)) continue
      const holds = (relation: (a: number, b: number) => boolean) =>
        table.examples.every((example) => relation(measure(example.inputs[left.name]), measure(example.inputs[right.name])))
      if (holds((a, b) => a < b)) orders.push([left.name, right.name, (a, b) => a < b])
      else if (holds((a, b) => a <= b)) orders.push([left.name, right.name, (a, b) => a <= b])
    }
  }
  if (orders.length === 0) return probes
  return probes.map((probe) => {
    const broken = orders.some(([left, right, relation]) => !relation(measure(probe.inputs[left]), measure(probe.inputs[right])))
    return broken ? { ...probe, plausibility: probe.plausibility * 0.2 } : probe
  })
}

/** The most ordinary probes of each kind (what they vary) kept before any other. */
const FIRST_OF_EACH_KIND = 3
/** How much a value of one input already tried (beside another example row) counts against one not yet tried. */
const TRIED_VALUE_WORTH = 0.8

/**
 * At most `limit` probes: the few most ordinary of each kind (what they vary) first, so that no
 * one input's many values crowd out the others (a year's thirty probes leaving none for the
 * title), then the most ordinary of the rest. A value already tried (a licence of 7 years beside
 * one example row) yields to one not yet tried (a licence of none), in each round and in the rest:
 * the same value beside every example row says less than another value. In their first order.
 */
function spread(probes: Probe[], kinds: readonly string[], limit: number): Probe[] {
  if (probes.length <= limit) return probes
  // What a probe tries: the kind's value where it varies one input, else its kind (a relation, everything at once).
  const tried = probes.map((probe, index) =>
    kinds[index]! in probe.inputs ? `${kinds[index]}=${JSON.stringify(probe.inputs[kinds[index]!])}` : kinds[index]!
  )
  const byPlausibility = (a: number, b: number) => probes[b]!.plausibility - probes[a]!.plausibility || a - b
  const newFirst = (indices: number[]): number[] => {
    const seen = new Set<string>()
    const [first, again] = [[] as number[], [] as number[]]
    for (const index of indices.sort(byPlausibility)) {
      ;(seen.has(tried[index]!) ? again : first).push(index)
      seen.add(tried[index]!)
    }
    return [...first, ...again]
  }
  const byKind = new Map<string, number[]>()
  probes.forEach((_, index) => byKind.set(kinds[index]!, [...(byKind.get(kinds[index]!) ?? []), index]))
  const kept = new Set<number>()
  const ranked = [...byKind.values()].map(newFirst)
  // Round by round (each kind's most ordinary, then its second…), so that with many kinds the limit cuts whole rounds.
  for (let round = 0; round < FIRST_OF_EACH_KIND; round++)
    for (const indices of ranked) if (kept.size < limit && indices[round] !== undefined) kept.add(indices[round]!)
  // The rest by how ordinary they are, a value of one input already tried beside another row counting for less.
  const keptValues = new Set([...kept].map((index) => tried[index]!))
  const single = (index: number) => kinds[index]! in probes[index]!.inputs
  const worth = (index: number, seen: ReadonlySet<string>) =>
    probes[index]!.plausibility * (single(index) && seen.has(tried[index]!) ? TRIED_VALUE_WORTH : 1)
  const rest = [...probes.keys()].filter((index) => !kept.has(index))
  while (kept.size < limit && rest.length > 0) {
    let best = 0
    for (let at = 1; at < rest.length; at++) if (worth(rest[at]!, keptValues) > worth(rest[best]!, keptValues)) best = at
    const [index] = rest.splice(best, 1)
    kept.add(index!)
    keptValues.add(tried[index!]!)
  }
  return [...kept].sort((a, b) => a - b).map((index) => probes[index]!)
}

function keyOf(columns: Column[], inputs: Record<string, Value>): string {
  return columns.map((column) => JSON.stringify(inputs[column.name])).join('|')
}

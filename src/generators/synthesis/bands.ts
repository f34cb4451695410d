/**
 * Equal-width bands: output = slope * floor((value + offset) / width) + intercept, with the
 * width and the offset learnt from the examples, as thresholds are. The quarter of a month is
 * `ceil(month / 3)`, the week of a day of the year `ceil(day / 7)`, full hours
 * `floor(minutes / 60)`. Enumeration alone does not reach these: it builds constants from 1, 2
 * and 10, so a divisor of 3, 7 or 60 and an offset cost more nodes than its levels hold.
 */
import type { Entry } from './bank'
import type { Candidate, Problem } from './candidate'
import { affineProgram, fitAffine } from './forms'
import { type Program, binary, constant, programSize, unary } from './program'

/** Every width up to this one is tried with every offset; wider bands only when round (200, 500, 1000). */
const MAX_WIDTH = 100
/** Alternatives kept, best first: the generate loop may ask for the next one. */
const MAX_BAND_RULES = 3

interface Band {
  width: number
  offset: number
}

/** The band index of each of `rows` (other rows stay 0, unread). */
function bandIndices(entry: Entry, rows: readonly number[], band: Band): number[] {
  const indices = new Array<number>(entry.values.length).fill(0)
  for (const row of rows) indices[row] = Math.floor(((entry.values[row] as number) + band.offset) / band.width)
  return indices
}

/** Some band holds two example rows: the examples show values being grouped, not just scaled. */
function groupsRows(indices: readonly number[], rows: readonly number[]): boolean {
  const seen = new Set<number>()
  for (const row of rows) {
    if (seen.has(indices[row]!)) return true
    seen.add(indices[row]!)
  }
  return false
}

/** Widths worth trying for values spread over `span`: small ones, then round ones. */
function widthsFor(span: number): number[] {
  const widths: number[] = []
  for (let width = 2; width <= Math.min(MAX_WIDTH, span); width++) widths.push(width)
  for (let power = 100; power <= span; power *= 10) {
    for (const digit of [2, 5, 10]) if (power * digit <= span && power * digit > MAX_WIDTH) widths.push(power * digit)
  }
  return widths
}

function offsetsFor(width: number): number[] {
  if (width > MAX_WIDTH) return [0, width - 1]
  return Array.from({ length: width }, (_, offset) => offset)
}

/** The band index as a person writes it: floor(x / w), ceil(x / w) (integers), floor((x + o) / w). */
function bandProgram(operand: Program, band: Band): Program {
  const { width, offset } = band
  if (offset === 0) return unary('floor', binary('divide', operand, constant(width)))
  if (offset === width - 1) return unary('ceil', binary('divide', operand, constant(width)))
  return unary('floor', binary('divide', binary('add', operand, constant(offset)), constant(width)))
}

/** Equal-width band rules over the integer inputs, on `rows`, smallest first. */
export function bandsOn(problem: Problem, rows: readonly number[]): Candidate[] {
  if (problem.output.type !== 'number' || rows.length < 3) return []
  const found: Array<Candidate & { width: number }> = []
  for (const entry of problem.bank.at('number', 1)) {
    if (entry.literal || entry.program.kind !== 'input') continue
    const values = rows.map((row) => entry.values[row] as number)
    if (!values.every((value) => Number.isInteger(value))) continue
    const span = Math.max(...values) - Math.min(...values)
    for (const width of widthsFor(span)) {
      for (const offset of offsetsFor(width)) {
        const band = { width, offset }
        const indices = bandIndices(entry, rows, band)
        if (!groupsRows(indices, rows)) continue
        const fit = fitAffine(indices, problem.target, rows)
        if (fit === undefined || fit.slope === 0) continue
        const program = affineProgram(bandProgram(entry.program, band), fit)
        // The width is learnt, and so is an offset other than floor's 0 or ceil's width - 1.
        const learnt = 1 + (offset === 0 || offset === width - 1 ? 0 : 1) + (fit.slope === 1 || fit.slope === -1 ? 0 : 1) + (fit.intercept === 0 ? 0 : 1)
        if (rows.length < learnt + 2) continue
        found.push({ program, size: programSize(program), fitted: learnt, form: 'bands', families: 0, order: entry.order, width })
      }
    }
  }
  // Of band rules that fit, the smallest, then the narrowest band.
  found.sort((a, b) => a.size - b.size || a.width - b.width || a.order - b.order)
  return found.slice(0, MAX_BAND_RULES).map(({ program, size, fitted, form, families, order }) => ({ program, size, fitted, form, families, order }))
}

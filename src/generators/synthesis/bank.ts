/**
 * Bottom-up enumeration with observational-equivalence pruning.
 *
 * Expressions are built level by level (level = size in nodes) from the inputs, a few small
 * constants and the operators of the language. Each expression is kept only if its values on
 * the example rows differ from every expression kept before it: two programs that agree on
 * every example are one, and the first (smallest, in a fixed order) represents them. That is
 * what keeps the search space small enough to go deep.
 */
import type { Value, ValueType } from '../operation'
import { type BinaryOperator, type Program, type UnaryOperator, DIGIT_COUNT_PENALTY, applyBinary, applyUnary, binary, constant, input, unary } from './program'
import { greatestCommonDivisor, numberKey, significantDigits, thresholdBetween } from './numbers'
import type { Column, ExampleTable } from './table'
import { describeProgram } from './describe'

export interface Entry {
  program: Program
  type: ValueType
  size: number
  values: Value[]
  /** The example values as one string: equal keys mean observationally equivalent programs. */
  key: string
  /** A literal constant (kept even though its values do not vary). */
  literal: boolean
  /** Position in the bank: the deterministic tie-break between programs of the same size. */
  order: number
  /** Predicate family of a boolean atom (threshold, divisibility...) for decision lists. */
  family?: string
}

export interface BankLimits {
  /** Stop adding expressions beyond this many (the search then works with what it has). */
  maxEntries: number
  /** Deepest level per type. */
  maxLevel: Record<ValueType, number>
}

/** Small integers every rule may use besides what it learns from the examples. */
const SMALL_CONSTANTS = [1, 2, 10]
const SMALL_MODULI = [2, 3, 4, 5, 6, 7, 8, 9, 10]
/** Remainders as values: small cycles and decimal digits. */
const REMAINDER_MODULI = [...SMALL_MODULI, 100, 1000]
const COMMUTATIVE_NUMERIC: BinaryOperator[] = ['add', 'multiply', 'min', 'max']
const ORDERED_NUMERIC: BinaryOperator[] = ['subtract', 'divide']
const NUMERIC_UNARY: UnaryOperator[] = ['abs', 'floor', 'ceil', 'round', 'negate']
const STRING_UNARY: UnaryOperator[] = ['upper', 'lower', 'first']
const ADJUSTING_UNARY = new Set<UnaryOperator>(['abs', 'floor', 'ceil', 'round'])
/**
 * The only numbers an input is tested for equality with: nothing and one, where counting words
 * change ("no results", "1 day", "2 days"). Equality with any number learnt from the examples
 * would be a table keyed on numbers, which is memorisation.
 */
export const COUNTING_POINTS = [0, 1]
/** Deepest operand a threshold or comparison is learnt on: `score >= 90`, `length(code) > 3`. */
const COMPARED_OPERAND_SIZE = 2
const MAX_STRING_LENGTH = 500

function keyOf(type: ValueType, values: Value[]): string {
  if (type === 'number') return values.map((value) => numberKey(value as number)).join(',')
  if (type === 'boolean') return values.map((value) => (value ? '1' : '0')).join('')
  return JSON.stringify(values)
}

function allEqual(values: Value[]): boolean {
  for (let index = 1; index < values.length; index++) if (values[index] !== values[0]) return false
  return true
}

export class Bank {
  readonly entries: Entry[] = []
  /** entries by type, then by size. */
  private readonly levels: Record<ValueType, Entry[][]> = { number: [[]], string: [[]], boolean: [[]] }
  private readonly seen = new Map<string, Entry>()
  /** Conditions are distinct per family: `n % 15 === 0` survives beside `n > 10` even where they agree. */
  private readonly seenConditions = new Set<string>()
  private readonly moduli: number[]
  private readonly delimiters: string[]
  private readonly categoryValues: Map<string, string[]>
  level = 0
  /** True once the entry limit cut enumeration short. */
  truncated = false
  /** Expressions evaluated, kept or not (a measure of work). */
  evaluated = 0

  constructor(
    readonly table: ExampleTable,
    readonly limits: BankLimits
  ) {
    this.moduli = learnModuli(table.columns)
    this.delimiters = learnDelimiters(table.columns)
    this.categoryValues = new Map(
      table.columns.filter((column) => column.categorical).map((column) => [column.name, [...new Set(column.values as string[])]])
    )
  }

  at(type: ValueType, size: number): readonly Entry[] {
    return this.levels[type][size] ?? []
  }

  upTo(type: ValueType, size: number): Entry[] {
    const result: Entry[] = []
    for (let level = 1; level <= Math.min(size, this.level); level++) result.push(...this.at(type, level))
    return result
  }

  lookup(type: ValueType, values: Value[]): Entry | undefined {
    return this.seen.get(type[0] + keyOf(type, values))
  }

  get full(): boolean {
    return this.entries.length >= this.limits.maxEntries
  }

  /** Builds the next level; false when nothing more can be built (limits reached). */
  grow(): boolean {
    const size = this.level + 1
    const maxLevel = Math.max(this.limits.maxLevel.number, this.limits.maxLevel.string, this.limits.maxLevel.boolean)
    if (size > maxLevel || this.full) return false
    for (const type of ['number', 'string', 'boolean'] as const) this.levels[type][size] = []
    if (size <= this.limits.maxLevel.number) this.growNumbers(size)
    if (size <= this.limits.maxLevel.string) this.growStrings(size)
    if (size <= this.limits.maxLevel.boolean) this.growBooleans(size)
    this.level = size
    return true
  }

  private add(type: ValueType, program: Program, size: number, values: Value[], options: { literal?: boolean; family?: string } = {}): void {
    if (this.full) {
      this.truncated = true
      return
    }
    const literal = options.literal ?? false
    if (!literal && allEqual(values)) return
    const key = type[0] + keyOf(type, values)
    const conditionKey = options.family !== undefined && options.family !== 'logic' ? `${options.family}#${key}` : undefined
    if (conditionKey !== undefined ? this.seenConditions.has(conditionKey) : this.seen.has(key)) return
    const entry: Entry = { program, type, size, values, key, literal, order: this.entries.length }
    if (options.family !== undefined) entry.family = options.family
    if (conditionKey !== undefined) this.seenConditions.add(conditionKey)
    if (!this.seen.has(key)) this.seen.set(key, entry)
    this.entries.push(entry)
    this.levels[type][size]!.push(entry)
  }

  private evaluateUnary(operator: UnaryOperator, operand: Entry): Value[] | undefined {
    this.evaluated++
    const values: Value[] = new Array(operand.values.length)
    for (let row = 0; row < values.length; row++) {
      const value = applyUnary(operator, operand.values[row]!)
      if (value === undefined) return undefined
      values[row] = value
    }
    return values
  }

  private evaluateBinary(operator: BinaryOperator, left: Entry, right: Entry): Value[] | undefined {
    this.evaluated++
    const values: Value[] = new Array(left.values.length)
    for (let row = 0; row < values.length; row++) {
      const value = applyBinary(operator, left.values[row]!, right.values[row]!)
      if (value === undefined) return undefined
      values[row] = value
    }
    return values
  }

  private addUnary(type: ValueType, operator: UnaryOperator, operand: Entry, size: number): void {
    const values = this.evaluateUnary(operator, operand)
    if (values === undefined) return
    // Rounding or abs that changes a single row is that row memorised (round(0.5) = 1), not a rule.
    if (ADJUSTING_UNARY.has(operator) && values.filter((value, row) => value !== operand.values[row]).length < 2) return
    this.add(type, unary(operator, operand.program), size, values)
  }

  private addBinary(type: ValueType, operator: BinaryOperator, left: Entry, right: Entry, size: number, family?: string): void {
    const values = this.evaluateBinary(operator, left, right)
    if (values === undefined) return
    if (type === 'string' && values.some((value) => (value as string).length > MAX_STRING_LENGTH)) return
    this.add(type, binary(operator, left.program, right.program), size, values, family === undefined ? {} : { family })
  }

  private literalEntry(value: Value): Entry {
    const values = new Array<Value>(this.table.rows).fill(value)
    const type = typeof value as ValueType
    return { program: constant(value), type, size: 1, values, key: '', literal: true, order: -1 }
  }

  private growNumbers(size: number): void {
    if (size === 1) {
      for (const column of this.table.columns) {
        if (column.type === 'number') this.add('number', input(column.name, 'number'), 1, column.values)
      }
      for (const value of SMALL_CONSTANTS) this.add('number', constant(value), 1, new Array(this.table.rows).fill(value), { literal: true })
      return
    }
    for (const operand of this.at('number', size - 1)) {
      if (operand.literal) continue
      for (const operator of NUMERIC_UNARY) this.addUnary('number', operator, operand, size)
    }
    for (const operand of this.at('string', size - 1)) {
      if (operand.literal || this.isCategoricalInput(operand) || isNumberAsText(operand)) continue
      this.addUnary('number', 'length', operand, size)
    }
    // Counting a number's digits is built DIGIT_COUNT_PENALTY levels later than its nodes say.
    for (const operand of this.at('string', size - 1 - DIGIT_COUNT_PENALTY)) {
      if (isNumberAsText(operand)) this.addUnary('number', 'length', operand, size)
    }
    if (size === 3) {
      // Remainders of inputs only (the last digit, the position in a cycle): a remainder of a
      // computed value fits almost anything and explains nothing.
      for (const operand of this.at('number', 1)) {
        if (operand.literal || !operand.values.every((value) => Number.isInteger(value))) continue
        for (const modulus of REMAINDER_MODULI) this.addBinary('number', 'remainder', operand, this.literalEntry(modulus), size)
      }
    }
    for (let leftSize = 1; leftSize <= size - 2; leftSize++) {
      const rightSize = size - 1 - leftSize
      const lefts = this.at('number', leftSize)
      const rights = this.at('number', rightSize)
      for (let leftIndex = 0; leftIndex < lefts.length; leftIndex++) {
        const left = lefts[leftIndex]!
        for (let rightIndex = 0; rightIndex < rights.length; rightIndex++) {
          const right = rights[rightIndex]!
          if (left.literal && right.literal) continue
          if (this.full) return
          // Commutative operators: each unordered pair once, the smaller operand on the left.
          if (leftSize < rightSize || (leftSize === rightSize && leftIndex <= rightIndex)) {
            // A constant operand goes on the right: `weight * 2`, `min(total, 10)`.
            const [first, second] = left.literal ? [right, left] : [left, right]
            for (const operator of COMMUTATIVE_NUMERIC) {
              // x + x is x * 2, which is built too and reads better.
              if (operator === 'add' && first === second) continue
              this.addBinary('number', operator, first, second, size)
            }
          }
          for (const operator of ORDERED_NUMERIC) this.addBinary('number', operator, left, right, size)
        }
      }
    }
  }

  private isCategoricalInput(entry: Entry): boolean {
    return entry.program.kind === 'input' && this.categoryValues.has(entry.program.name)
  }

  private growStrings(size: number): void {
    if (size === 1) {
      for (const column of this.table.columns) {
        if (column.type === 'string') this.add('string', input(column.name, 'string'), 1, column.values)
      }
      return
    }
    for (const operand of this.at('string', size - 1)) {
      if (operand.literal) continue
      for (const operator of STRING_UNARY) this.addUnary('string', operator, operand, size)
    }
    if (size === 2) {
      for (const operand of this.at('number', 1)) {
        if (!operand.literal) this.addUnary('string', 'toString', operand, size)
      }
    }
    if (size >= 3) {
      for (const operand of this.at('string', size - 2)) {
        if (operand.literal || this.isCategoricalInput(operand)) continue
        for (const delimiter of this.delimiters) {
          if (!operand.values.every((value) => (value as string).includes(delimiter))) continue
          const literal = this.literalEntry(delimiter)
          this.addBinary('string', 'before', operand, literal, size)
          this.addBinary('string', 'after', operand, literal, size)
        }
      }
    }
  }

  private growBooleans(size: number): void {
    if (size === 1) {
      for (const column of this.table.columns) {
        if (column.type === 'boolean') this.add('boolean', input(column.name, 'boolean'), 1, column.values, { family: `boolean:${column.name}` })
      }
      return
    }
    for (const operand of this.at('boolean', size - 1)) {
      if (operand.literal) continue
      const values = this.evaluateUnary('not', operand)
      if (values !== undefined) this.add('boolean', unary('not', operand.program), size, values, operand.family === undefined ? {} : { family: operand.family })
    }
    if (size >= 3 && size - 2 <= COMPARED_OPERAND_SIZE) {
      for (const operand of this.at('number', size - 2)) {
        if (operand.literal) continue
        this.addThresholds(operand, size)
        if (size === 3 && operand.values.every((value) => Number.isInteger(value))) {
          for (const modulus of this.moduli) this.addBinary('boolean', 'divisibleBy', operand, this.literalEntry(modulus), size, `divisible:${describeOperand(operand)}`)
          for (const point of COUNTING_POINTS) this.addBinary('boolean', 'equal', operand, this.literalEntry(point), size, `category:${describeOperand(operand)}`)
        }
      }
    }
    if (size === 3) {
      for (const operand of this.at('string', 1)) {
        const categories = operand.program.kind === 'input' ? this.categoryValues.get(operand.program.name) : undefined
        for (const category of categories ?? []) {
          this.addBinary('boolean', 'equal', operand, this.literalEntry(category), size, `category:${describeOperand(operand)}`)
        }
      }
      const strings = this.at('string', 1)
      for (let leftIndex = 0; leftIndex < strings.length; leftIndex++) {
        for (let rightIndex = leftIndex + 1; rightIndex < strings.length; rightIndex++) {
          this.addBinary('boolean', 'equal', strings[leftIndex]!, strings[rightIndex]!, size, 'compare')
        }
      }
    }
    for (let leftSize = 1; leftSize <= Math.min(COMPARED_OPERAND_SIZE, size - 2); leftSize++) {
      const rightSize = size - 1 - leftSize
      if (rightSize > COMPARED_OPERAND_SIZE) continue
      for (const left of this.at('number', leftSize)) {
        if (left.literal) continue
        for (const right of this.at('number', rightSize)) {
          if (right.literal || right === left) continue
          this.addBinary('boolean', 'less', left, right, size, 'compare')
          this.addBinary('boolean', 'lessOrEqual', left, right, size, 'compare')
          if (left.order < right.order) this.addBinary('boolean', 'equal', left, right, size, 'compare')
        }
      }
    }
    for (let leftSize = 1; leftSize <= size - 2; leftSize++) {
      const rightSize = size - 1 - leftSize
      if (leftSize > rightSize) break
      const lefts = this.at('boolean', leftSize)
      const rights = this.at('boolean', rightSize)
      for (let leftIndex = 0; leftIndex < lefts.length; leftIndex++) {
        for (let rightIndex = leftSize === rightSize ? leftIndex + 1 : 0; rightIndex < rights.length; rightIndex++) {
          if (this.full) return
          this.addBinary('boolean', 'and', lefts[leftIndex]!, rights[rightIndex]!, size, 'logic')
          this.addBinary('boolean', 'or', lefts[leftIndex]!, rights[rightIndex]!, size, 'logic')
        }
      }
    }
  }

  /**
   * Thresholds learnt from the examples: between each two neighbouring values of the operand,
   * one cut, at a round number inside the gap (85 and 91: `score >= 90`) or at the rounder of
   * the two values (`score >= 90` rather than `score > 89`).
   */
  private addThresholds(operand: Entry, size: number): void {
    const distinct = [...new Set(operand.values as number[])].sort((a, b) => a - b)
    const family = `threshold:${describeOperand(operand)}`
    for (let index = 0; index + 1 < distinct.length; index++) {
      const lower = distinct[index]!
      const upper = distinct[index + 1]!
      const cut = thresholdBetween(lower, upper)
      const literal = this.literalEntry(cut)
      if (cut > lower) {
        this.addBinary('boolean', 'greaterOrEqual', operand, literal, size, family)
        this.addBinary('boolean', 'less', operand, literal, size, family)
      } else {
        this.addBinary('boolean', 'lessOrEqual', operand, literal, size, family)
        this.addBinary('boolean', 'greater', operand, literal, size, family)
      }
    }
  }
}

function isNumberAsText(entry: Entry): boolean {
  return entry.program.kind === 'unary' && entry.program.operator === 'toString'
}

function describeOperand(entry: Entry): string {
  return describeProgram(entry.program)
}

/**
 * Divisors worth testing: small ones, and the common divisors of the examples' integers
 * (2000 and 2400 share 400; 1900 and 2100 share 100), so `year % 400 === 0` can be found
 * without 400 appearing anywhere in the table.
 */
function learnModuli(columns: Column[]): number[] {
  const moduli = new Set<number>(SMALL_MODULI)
  for (const column of columns) {
    if (column.type !== 'number' || !column.integral) continue
    const values = [...new Set(column.values as number[])].filter((value) => value !== 0)
    const largest = Math.max(...values.map((value) => Math.abs(value)))
    for (let first = 0; first < values.length; first++) {
      for (let second = first + 1; second < values.length; second++) {
        const divisor = greatestCommonDivisor(values[first]!, values[second]!)
        // Round divisors only (15, 100, 400): an odd common divisor of two rows is a coincidence.
        if (divisor > 1 && divisor < largest && (divisor <= 20 || significantDigits(divisor) === 1)) moduli.add(divisor)
      }
    }
  }
  // Largest first: of divisors that agree on every example the largest is kept, the tightest
  // description of the rows (year % 100 rather than year % 5 for 1900, 2000, 2100 and 2400).
  return [...moduli].sort((a, b) => b - a)
}

/** Separators found in every value of some string input: " " in names, "@" in e-mail addresses. */
function learnDelimiters(columns: Column[]): string[] {
  const delimiters = new Set<string>()
  for (const column of columns) {
    if (column.type !== 'string' || column.categorical) continue
    const values = column.values as string[]
    const candidates = new Set([...(values[0] ?? '')].filter((character) => !/[\p{L}\p{N}]/u.test(character)))
    for (const candidate of candidates) {
      if (values.every((value) => value.includes(candidate))) delimiters.add(candidate)
    }
  }
  return [...delimiters].sort()
}

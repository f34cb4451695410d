/**
 * A stretch of a known sequence the description names: "the nesting season, which runs from
 * March to July", "open Monday to Friday". A column of month or weekday names then has a
 * quantity the words state, whether its value falls inside (`3 <= monthNumber(month) <= 7`,
 * round the end of the year where the stretch does: "November to February"). The rows name a
 * few of the months; the words say what the months they never show do.
 */
import type { Derived } from './derived'
import type { OperatorName } from './operators'
import { type Program, apply, constant, input } from './program'
import { MONTHS, WEEKDAYS, letterPosition, monthNumber, weekdayNumber } from './sequences'
import { type ExampleTable, knownVocabulary } from './table'

const SEQUENCES: ReadonlyArray<{ names: readonly string[]; position: (text: string) => number | undefined; operator: OperatorName }> = [
  { names: MONTHS, position: monthNumber, operator: 'monthNumber' },
  { names: WEEKDAYS, position: weekdayNumber, operator: 'weekdayNumber' }
]

/**
 * "from March to July", "March-July", "between Monday and Friday", "Monday through Friday".
 * "and" makes a stretch only after "between": "closed in March and July" names two months.
 */
const STRETCH = /\b(?:between\s+([a-z]{3,9})\s+and|([a-z]{3,9})\s*(?:to|until|till|through|thru|-|–))\s*([a-z]{3,9})\b/gu

/** "A to F", "G-L", "S through Z": a stretch of the alphabet, written in capitals so that words ("a to b") are not one. */
const LETTER_STRETCH = /(?<![\p{L}'])([A-Z])\s*(?:to|until|till|through|thru|-|–)\s*([A-Z])(?![\p{L}'])/gu

/**
 * Whether the first letter of a text (a surname, a code) lies in a stretch of the alphabet the
 * description names ("A to F at table 1, G to L at table 2"), whatever its case: one quantity per
 * stretch, for a column of free texts whose every value starts with a letter.
 */
function letterRanges(text: string, table: ExampleTable): Derived[] {
  const stretches = [...text.matchAll(LETTER_STRETCH)].filter((match) => match[1]! < match[2]!)
  if (stretches.length === 0) return []
  return (
    table.columns
      // A text of its own per row (a surname), not one of a few categories ("delegate", "speaker").
      .filter(
        (column) => column.type === 'string' && !column.categorical && column.values.every((value) => /^[A-Za-z]/u.test(String(value)))
      )
      .flatMap((column) =>
        stretches.map((match): Derived => ({
          name: `${column.name}${match[1]}To${match[2]}`,
          program: within(
            apply('letterPosition', apply('initial', input(column.name, 'string'))),
            letterPosition(match[1]!)!,
            letterPosition(match[2]!)!
          ),
          confident: true,
          stated: true
        }))
      )
  )
}

/** Whether each row's value of a month or weekday column lies in a stretch the description names, one quantity per stretch. */
export function describedRanges(text: string, table: ExampleTable): Derived[] {
  const found: Derived[] = [...letterRanges(text, table)]
  for (const column of table.columns) {
    if (column.type !== 'string' || knownVocabulary(column.values) === undefined) continue
    const sequence = SEQUENCES.find((candidate) => column.values.every((value) => candidate.position(String(value)) !== undefined))
    if (sequence === undefined) continue
    for (const match of text.toLowerCase().matchAll(STRETCH)) {
      const [first, last] = [wholeName(sequence.names, (match[1] ?? match[2])!), wholeName(sequence.names, match[3]!)]
      if (first === undefined || last === undefined || first === last) continue
      const position = apply(sequence.operator, input(column.name, 'string'))
      found.push({
        name: `${column.name}${sequence.names[first - 1]}To${sequence.names[last - 1]}`,
        program: within(position, first, last),
        confident: true,
        stated: true
      })
    }
  }
  return found
}

/** The position (from 1) of a word that is a whole name of the sequence or its first three letters ("mar"), else undefined. */
function wholeName(names: readonly string[], word: string): number | undefined {
  const index = names.findIndex((name) => name.toLowerCase() === word || name.slice(0, 3).toLowerCase() === word)
  return index < 0 ? undefined : index + 1
}

/** `first <= position <= last`, or round the end of the sequence where the stretch is (`position >= 11 || position <= 2`). */
function within(position: Program, first: number, last: number): Program {
  const from = apply('greaterOrEqual', position, constant(first))
  const to = apply('lessOrEqual', position, constant(last))
  return first < last ? apply('and', from, to) : apply('or', from, to)
}

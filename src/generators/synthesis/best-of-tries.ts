/**
 * The better of several tries at one thing: inputs named alike but for a number (`left1` and
 * `left2`, `jump_1` to `jump_3`) where the words say which try counts ("the better of its two
 * squeezes counts", "the fastest of three laps"). The largest (or, by the words, the smallest) of
 * the tries is a quantity the rule may compare or write; two such quantities are two sides a
 * contest compares (`contests.ts`).
 */
import type { Derived } from './derived'
import { type Program, apply, input } from './program'
import type { Column, ExampleTable } from './table'

/** Words that say the larger try counts, and those that say the smaller one does. */
const LARGER =
  '(?:better|best|higher|highest|larger|largest|greater|greatest|stronger|strongest|longer|longest|further|furthest|farther|farthest|heavier|heaviest)'
const SMALLER = '(?:lower|lowest|smaller|smallest|faster|fastest|quicker|quickest|shorter|shortest|fewer|fewest|lighter|lightest)'

/**
 * The word said of the tries, not of anything else: "the better of its two squeezes", "the fastest
 * lap counts", "whichever throw is longer" (a comparison of two sides, "the stronger hand wins",
 * is no cue).
 */
const saysTheTry = (words: string): RegExp =>
  new RegExp(
    `\\b${words}\\b(?:\\s+\\S+){0,3}?\\s+(?:of|counts?|is\\s+kept|is\\s+taken|is\\s+used)\\b|\\bwhichever\\b[^.]*?\\b${words}\\b`,
    'iu'
  )
const SAYS_LARGER = saysTheTry(LARGER)
const SAYS_SMALLER = saysTheTry(SMALLER)

/** Number inputs named alike but for a number at the end, two or more of each name: `left1`, `left2` under `left`. */
function triesOf(table: ExampleTable): Map<string, Column[]> {
  const groups = new Map<string, Column[]>()
  for (const column of table.columns) {
    if (column.type !== 'number' || column.derived === true) continue
    const named = /^(.*?[\p{L}])_?\d$/u.exec(column.name)
    if (named === null) continue
    groups.set(named[1]!, [...(groups.get(named[1]!) ?? []), column])
  }
  return new Map([...groups].filter(([, columns]) => columns.length >= 2))
}

/** The try that counts of each name, by what the words say counts: `left_best = Math.max(left1, left2)`. */
export function bestOfTries(text: string, table: ExampleTable): Derived[] {
  const groups = triesOf(table)
  if (groups.size === 0) return []
  const operators = [...(SAYS_LARGER.test(text) ? (['max'] as const) : []), ...(SAYS_SMALLER.test(text) ? (['min'] as const) : [])]
  return operators.flatMap((operator) =>
    [...groups].map(([stem, columns]): Derived => {
      const [first, ...rest] = columns.map((column): Program => input(column.name, 'number'))
      const program = rest.reduce((best, next) => apply(operator, best, next), first!)
      // Both readings at once are two quantities of each name: the rows (or the question) decide.
      const measure = operators.length === 1 ? 'best' : operator === 'max' ? 'most' : 'least'
      return { name: `${stem}_${measure}`, program, confident: true, stated: true, side: { of: stem, measure } }
    })
  )
}

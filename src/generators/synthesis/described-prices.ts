/**
 * A price per category the description states: "a mini skip is 95.00, a midi 160.00 and a
 * builders skip 230.00". Each category of a categorical input named in the words, with the first
 * number after it (before the next category is named), or else the last number before it ("100
 * coins to a bag for 1p and 5p, 50 for 2p"), is a quantity the rule may add to, as a
 * formula the words state is (`described-formulas.ts`): the rows need not rediscover the list.
 */
import pluralize from 'pluralize'
import type { Derived } from './derived'
import type { LookupNode } from './program'
import type { ExampleTable } from './table'

/** How far after a category's name its number may stand, in words ("a builders skip is 230.00"). */
const MAX_WORDS_BEFORE_NUMBER = 4

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** For each categorical input whose every category the words give a number, that list as a lookup. */
export function describedPrices(text: string, table: ExampleTable): Derived[] {
  const found: Derived[] = []
  for (const column of table.columns) {
    if (!column.categorical || column.type !== 'string') continue
    const categories = [...new Set(column.values as string[])]
    if (categories.length < 2) continue
    const after = categories.map((category) => [category, numberAfter(text, category, categories)] as const)
    // Else each category with the number its group of categories follows ("100 coins to a bag for 1p and 5p, 50 for 2p").
    const before = categories.map((category) => [category, numberBefore(text, category)] as const)
    const entries = after.every(([, value]) => value !== undefined) ? after : before
    if (entries.some(([, value]) => value === undefined) || new Set(entries.map(([, value]) => value)).size < 2) continue
    const program: LookupNode = {
      kind: 'lookup',
      input: column.name,
      role: `${column.name}Price`,
      entries: entries.map(([category, value]) => [category, value!])
    }
    // Not 'stated' as a formula is: which number goes with which category is read from the words' order, so a rule
    // over the list must be confident or clearly shorter to replace one over the inputs.
    found.push({ name: `${column.name}_price`, program, confident: true })
  }
  return found
}

/** A category as the words may write it: one or many ("a goose", "geese after 30 days"). */
const formsOf = (category: string): string[] => [...new Set([category, pluralize.plural(category), pluralize.singular(category)])]

/** Whether a word of the text names the category, in either number. */
const names = (word: string, category: string): boolean =>
  formsOf(category.toLowerCase()).includes(word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''))

/** The first number within a few words after the category's name, with no other category named between. */
function numberAfter(text: string, category: string, categories: readonly string[]): number | undefined {
  const forms = formsOf(category).map(escape).join('|')
  const named = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms})(?![\\p{L}\\p{N}])`, 'iu').exec(text)
  if (named === null) return undefined
  const words = text
    .slice(named.index + named[0].length)
    .split(/\s+/u)
    .filter((word) => word !== '')
  for (const word of words.slice(0, MAX_WORDS_BEFORE_NUMBER + 1)) {
    if (categories.some((other) => other !== category && names(word, other))) return undefined
    const number = /^[£$€]?(\d+(?:\.\d+)?)[,;.]?$/u.exec(word)
    if (number !== null) return Number(number[1])
  }
  return undefined
}

/** The last number before the category's first name, in the same sentence ("50 coins for 2p, 10p and 20p"). */
function numberBefore(text: string, category: string): number | undefined {
  const forms = formsOf(category).map(escape).join('|')
  const named = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms})(?![\\p{L}\\p{N}])`, 'iu').exec(text)
  if (named === null) return undefined
  const sentence =
    text
      .slice(0, named.index)
      .split(/[.;!?](?:\s|$)/u)
      .at(-1) ?? ''
  const numbers = sentence
    .split(/\s+/u)
    .map((word) => /^[£$€]?(\d+(?:\.\d+)?)[,;:]?$/u.exec(word)?.[1])
    .filter((number) => number !== undefined)
  return numbers.length === 0 ? undefined : Number(numbers.at(-1))
}

/**
 * A percentage the feature's words state that the rule found from the rows does not use, where the
 * rule uses another one: "a refund of 80 percent" beside rows that pay 85 percent back. The rows are
 * the specification and the rule follows them; the words then say something else, and a person
 * should know before trusting either.
 */

/** "80 percent", "80 per cent", "80%". */
const STATED_PERCENT = /(?<![\d.])(\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b)/giu
/** Numbers written in a rule: `0.85`, `1.5`, `20`. */
const RULE_NUMBER = /(?<![\w.])(\d+(?:\.\d+)?)(?![\w.])/gu

const near = (a: number, b: number) => Math.abs(a - b) < 1e-9
/** The ways a rule writes a percentage p: as p, as a share, a share off or on (`* 0.8`, `* 0.2`, `* 1.2`). */
const writings = (percent: number): number[] => [percent, percent / 100, 1 - percent / 100, 1 + percent / 100, 100 - percent, 100 + percent]

/**
 * The stated percentage the rule leaves out and the one it uses instead, or undefined: every
 * percentage the words state is in the rule, or the rule uses none it could be mistaken for.
 */
export function percentAgainstRule(words: string, rules: readonly string[]): { stated: number; used: number } | undefined {
  const stated = [...words.matchAll(STATED_PERCENT)].map((match) => Number(match[1]))
  if (stated.length !== 1) return undefined
  const numbers = rules.flatMap((rule) => [...rule.replace(/^[^=]*=/u, '').matchAll(RULE_NUMBER)].map((match) => Number(match[1])))
  const percent = stated[0]!
  if (numbers.some((number) => writings(percent).some((writing) => near(number, writing)))) return undefined
  // A share of the amount the rule takes instead: 0.85 for 85 percent (a whole percentage, off or on).
  for (const number of numbers) {
    if (!(number > 0 && number < 2) || near(number, 1)) continue
    const share = Math.round((number < 1 ? number : number - 1) * 10000) / 100
    if (Number.isInteger(share) && share > 0 && near(number < 1 ? share / 100 : 1 + share / 100, number))
      return { stated: percent, used: share }
  }
  return undefined
}

/**
 * Amounts a command without values may count by: a number the feature's words name ("a free
 * coffee uses 8 stamps"), a fraction too ("in steps of 0.5 degrees"), or one they spell in words
 * ("warmer moves the setting by half a degree"). One (the plain step) is not among them.
 */

/** Amounts spelt in words: "half a degree" is 0.5, "a quarter of an hour" 0.25. */
const SPELT: ReadonlyArray<[RegExp, number]> = [
  [/\b(a|one) half\b|\bhalf (a|an)\b|\bby half\b/, 0.5],
  [/\b(a|one) quarter\b|\bquarter (a|an|of)\b/, 0.25]
]

/**
 * The amounts a step may count by: the feature's numbers above 1 (whole ones, as before) and the
 * positive fractions it names or spells. A fraction is a step rather than a bound: no quantity is
 * kept within 0.5.
 */
export function stepAmounts(bounds: readonly number[], text: string, range?: readonly [number, number]): number[] {
  const amounts = new Set<number>()
  for (const bound of bounds) if ((Number.isInteger(bound) && bound > 1) || (!Number.isInteger(bound) && bound > 0)) amounts.add(bound)
  const lower = text.toLowerCase()
  for (const [pattern, amount] of SPELT) if (pattern.test(lower)) amounts.add(amount)
  // "A quarter of the way": that share of the whole range the quantity is kept within.
  if (range !== undefined && OF_THE_WHOLE.test(lower))
    for (const [pattern, amount] of SPELT) if (pattern.test(lower)) amounts.add(amount * (range[1] - range[0]))
  return [...amounts].sort((a, b) => a - b)
}

/** Words that make a spelt fraction a share of the whole range, not an amount of its own. */
const OF_THE_WHOLE = /\bof the (way|range|distance|whole|total|full)\b|\bof (its|the) (travel|height|width)\b/

/**
 * A command whose one value is a person's name may count that person's entry up or down by an
 * amount the feature names ("a hot lunch costs 2.45": "Maria buys a hot lunch" takes 2.45 from
 * Maria's balance). Dearer than counting by one; each command picks its own amount.
 */
export function keyedStepAmounts(
  params: readonly string[],
  namesPeople: (arg: number) => boolean,
  bounds: readonly number[],
  text: string
): Array<{ key: number; by: number; sign: 1 | -1 }> {
  if (params.length !== 1 || params[0] !== 'string' || !namesPeople(0)) return []
  return stepAmounts(bounds, text).flatMap((by) => [1, -1].map((sign) => ({ key: 0, by, sign: sign as 1 | -1 })))
}

/**
 * The texts a Then step may expect: beside a person's name written bare ({word}: "Ana's badge is
 * "bronze""), the quoted texts only — the name says whose value it is (a key), and reading it
 * instead would ignore the value the step checks. Otherwise every text ("the slot at "09:00" is
 * taken by "Ana"" reads the holder's quoted name).
 */
export function valuesBesideNames(expression: string, strings: readonly number[], namesPeople: (arg: number) => boolean): number[] {
  const placeholders = [...expression.matchAll(/\{[^}]*\}/g)].map((match) => match[0])
  const key = (arg: number) => placeholders[arg] === '{word}' && namesPeople(arg)
  const others = strings.filter((arg) => !key(arg) && placeholders[arg] === '{string}')
  return others.length > 0 && strings.some(key) ? others : [...strings]
}

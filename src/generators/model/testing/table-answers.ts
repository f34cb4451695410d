/**
 * TEST FIXTURE — what a model would answer for two example-table specifications (delivery days
 * by distance, roman numerals): a general rule, and plausible-but-wrong code that passes every
 * example (a lookup of the rows, a rule with an extra band beyond the examples).
 */
export type TableAnswerName = 'roman-rule' | 'roman-lookup' | 'delivery-extra-band' | 'delivery-same-rule'

const ROMAN_RULE =
  "const NUMERALS: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], " +
  `[50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']]

export function writeInRomanNumerals(n: number): string {
  let rest = n
  let numeral = ''
  for (const [value, letters] of NUMERALS) {
    while (rest >= value) {
      numeral += letters
      rest -= value
    }
  }
  return numeral
}
`

const ROMAN_LOOKUP = `export function writeInRomanNumerals(n: number): string {
  if (n === 1) return 'I'
  if (n === 4) return 'IV'
  if (n === 9) return 'IX'
  if (n === 14) return 'XIV'
  if (n === 40) return 'XL'
  return String(n)
}
`

const DELIVERY_EXTRA_BAND = `export function estimateDeliveryTime(km: number): number {
  if (km < 50) return 1
  if (km <= 300) return 2
  // a fifth day for the longest trips
  return km < 1000 ? 4 : 5
}
`

const DELIVERY_SAME_RULE = `export function estimateDeliveryTime(km: number): number {
  if (km <= 49) return 1
  return km < 301 ? 2 : 4
}
`

const ANSWERS: Record<TableAnswerName, { path: string; content: string }> = {
  'roman-rule': { path: 'generated/src/writeInRomanNumerals.ts', content: ROMAN_RULE },
  'roman-lookup': { path: 'generated/src/writeInRomanNumerals.ts', content: ROMAN_LOOKUP },
  'delivery-extra-band': { path: 'generated/src/estimateDeliveryTime.ts', content: DELIVERY_EXTRA_BAND },
  'delivery-same-rule': { path: 'generated/src/estimateDeliveryTime.ts', content: DELIVERY_SAME_RULE }
}

export function tableAnswer(...names: TableAnswerName[]): { path: string; content: string }[] {
  return names.map((name) => ANSWERS[name])
}

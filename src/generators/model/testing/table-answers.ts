/**
 * TEST FIXTURE — what a model would answer for two example-table specifications (delivery days
 * by distance, numbers in Morse code): a general rule, and plausible-but-wrong code that passes every
 * example (a lookup of the rows, a rule with an extra band beyond the examples).
 */
export type TableAnswerName = 'morse-rule' | 'morse-lookup' | 'delivery-extra-band' | 'delivery-same-rule'

const MORSE_RULE = `const DIGITS = ['-----', '.----', '..---', '...--', '....-', '.....', '-....', '--...', '---..', '----.']

export function writeInMorseCode(n: number): string {
  return String(n)
    .split('')
    .map((digit) => DIGITS[Number(digit)])
    .join(' ')
}
`

const MORSE_LOOKUP = `export function writeInMorseCode(n: number): string {
  if (n === 1) return '.----'
  if (n === 4) return '....-'
  if (n === 9) return '----.'
  if (n === 14) return '.---- ....-'
  if (n === 40) return '....- -----'
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
  'morse-rule': { path: 'generated/src/writeInMorseCode.ts', content: MORSE_RULE },
  'morse-lookup': { path: 'generated/src/writeInMorseCode.ts', content: MORSE_LOOKUP },
  'delivery-extra-band': { path: 'generated/src/estimateDeliveryTime.ts', content: DELIVERY_EXTRA_BAND },
  'delivery-same-rule': { path: 'generated/src/estimateDeliveryTime.ts', content: DELIVERY_SAME_RULE }
}

export function tableAnswer(...names: TableAnswerName[]): { path: string; content: string }[] {
  return names.map((name) => ANSWERS[name])
}

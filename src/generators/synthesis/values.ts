/**
 * The values synthesis computes with: the contract's numbers, strings and booleans, plus lists
 * of words, which only ever appear inside a program (`title.split(' ')` before it is joined
 * again), never as an input or an output.
 */
import { type Value, type ValueType, valuesAgree } from '../operation'
import { keyNumber, numberKey } from './numbers'

export type SynthType = ValueType | 'list'
export type SynthValue = Value | readonly string[]

/** A key under which equal values coincide (numbers up to floating-point noise). */
export function valueKey(value: SynthValue): string {
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : numberKey(value)
  if (typeof value === 'boolean') return value ? 'T' : 'F'
  return JSON.stringify(value)
}

export function sameValue(actual: SynthValue, expected: SynthValue): boolean {
  if (Array.isArray(actual) || Array.isArray(expected)) return JSON.stringify(actual) === JSON.stringify(expected)
  return valuesAgree(actual as Value, expected as Value)
}

/**
 * Two values have the same key (valueKey; '?' where undefined), without writing the keys when
 * they are plainly equal or plainly apart. Equal keys put numbers within about 1e-9 (relative
 * above 1) of each other, so numbers much further apart have different keys.
 */
export function sameKey(a: SynthValue | undefined, b: SynthValue | undefined): boolean {
  if (a === b) return true
  if (a === undefined || b === undefined) return false
  // Texts and truth values have the same key only when equal (JSON.stringify of a text is one-to-one).
  if (typeof a === 'string' || typeof b === 'string' || typeof a === 'boolean' || typeof b === 'boolean') return false
  const words = Array.isArray(a) && Array.isArray(b) ? sameWords(a, b) : undefined
  if (words !== undefined) return words
  if (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) > 1e-6 * Math.max(1, Math.abs(a), Math.abs(b))) return false
  return valueKey(a) === valueKey(b)
}

/** Two lists of words are written alike exactly when their words are equal; undefined for a list of anything else. */
function sameWords(a: readonly unknown[], b: readonly unknown[]): boolean | undefined {
  let same = a.length === b.length
  for (const list of [a, b]) for (const word of list) if (typeof word !== 'string') return undefined
  for (let index = 0; same && index < a.length; index++) same = a[index] === b[index]
  return same
}

const float = new Float64Array(1)
const floatWords = new Int32Array(float.buffer)
const UNDEFINED_HASH = 0x2f6b8a1d
const TRUE_HASH = 0x5e2d58d3
const FALSE_HASH = 0x1b873593

/**
 * A hash under which values with the same key coincide (values with the same hash may still
 * differ: sameKey decides). Hashing a value is much cheaper than writing its key.
 */
export function valueHash(value: SynthValue | undefined): number {
  if (value === undefined) return UNDEFINED_HASH
  if (typeof value === 'number') return numberHash((value | 0) === value ? value : keyNumber(value))
  if (typeof value === 'boolean') return value ? TRUE_HASH : FALSE_HASH
  if (typeof value === 'string') return textHash(value, 0x3c6ef372)
  let hash = 0x6a09e667 ^ value.length
  for (const word of value) hash = Math.imul(hash ^ textHash(word, 0x3c6ef372), 0x01000193)
  return hash | 0
}

/** A hash of a key number: small integers (most values) without going through their bits. */
function numberHash(key: number): number {
  if ((key | 0) === key) return Math.imul(key, 0x9e3779b1)
  float[0] = key
  return (floatWords[0]! ^ Math.imul(floatWords[1]!, 0x9e3779b1)) | 0
}

function textHash(text: string, seed: number): number {
  let hash = seed ^ text.length
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193)
  return hash | 0
}

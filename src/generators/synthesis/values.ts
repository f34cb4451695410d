/**
 * The values synthesis computes with: the contract's numbers, strings and booleans, plus lists
 * of words, which only ever appear inside a program (`title.split(' ')` before it is joined
 * again), never as an input or an output.
 */
import { type Value, type ValueType, valuesAgree } from '../operation'
import { numberKey } from './numbers'

export type SynthType = ValueType | 'list'
export type SynthValue = Value | readonly string[]

export function typeOfValue(value: SynthValue): SynthType {
  return Array.isArray(value) ? 'list' : (typeof value as ValueType)
}

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

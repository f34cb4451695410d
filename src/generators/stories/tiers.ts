/**
 * Tiers the description names for a count ("With 3 books they earn the "bronze" badge, with 6
 * "silver" and with 10 "gold"; below 3 the badge is "just started""): each quoted word the number
 * before it in its clause reaches, and the word below the lowest. A Then step that reads those
 * words reads the tier of a number the state holds, at the thresholds the words state — not at
 * the edges the examples happen to show (9 books is still "silver").
 */
import type { Value } from '../operation'
import { evaluateProgram, type Program } from '../synthesis'
import { apply, conditional, constant, input } from '../synthesis/program'

export interface Tiers {
  /** Lowest threshold first: from `from` on, the word is `label`. */
  steps: Array<{ from: number; label: string }>
  /** The word below the lowest threshold. */
  below: string
}

const BELOW = /\b(below|under|less than|fewer than)\s*$/i

/** The tiers a description names; undefined where it names fewer than two thresholds, or no word below them. */
export function describedTiers(description: string): Tiers | undefined {
  const steps: Array<{ from: number; label: string }> = []
  let below: string | undefined
  for (const clause of description.split(/[;.](?!\d)|\n\s*\n/)) {
    let last: { value: number; before: string } | undefined
    for (const match of clause.matchAll(/(?<![\w.])(\d+(?:\.\d+)?)(?![\w.]\d?)|"([^"]+)"/g)) {
      if (match[1] !== undefined) last = { value: Number(match[1]), before: clause.slice(0, match.index) }
      else if (last !== undefined) {
        if (BELOW.test(last.before)) below = below ?? match[2]!
        else steps.push({ from: last.value, label: match[2]! })
        last = undefined
      }
    }
  }
  const thresholds = new Set(steps.map((step) => step.from))
  if (below === undefined || steps.length < 2 || thresholds.size !== steps.length) return undefined
  // The word below the lowest threshold is below that one: "below 3" where the first tier starts at 3.
  steps.sort((a, b) => a.from - b.from)
  return { steps, below }
}

/** The tiers as a rule over one number: the highest threshold reached gives the word. */
export function tierRule(tiers: Tiers, name: string): Program {
  let rule: Program = constant(tiers.below)
  for (const step of tiers.steps)
    rule = conditional(apply('greaterOrEqual', input(name, 'number'), constant(step.from)), constant(step.label), rule)
  return rule
}

/**
 * The rule the tiers give over the first number of the state that gives every value the examples
 * read; undefined where the values are not all the tiers' words or no number fits.
 */
export function tierReading(
  description: string,
  rows: ReadonlyArray<{ inputs: Record<string, Value>; value: Value }>
): Program | undefined {
  const tiers = describedTiers(description)
  if (tiers === undefined || rows.length === 0) return undefined
  const words = new Set([tiers.below, ...tiers.steps.map((step) => step.label)])
  if (!rows.every((row) => typeof row.value === 'string' && words.has(row.value))) return undefined
  // Two different words at least: one word read says nothing of where the others start.
  if (new Set(rows.map((row) => row.value)).size < 2) return undefined
  const numbers = Object.keys(rows[0]!.inputs).filter((name) => rows.every((row) => typeof row.inputs[name] === 'number'))
  for (const name of numbers) {
    const rule = tierRule(tiers, name)
    if (
      rows.every((row) => {
        const value = evaluateProgram(rule, row.inputs)
        return value.ok && value.value === row.value
      })
    )
      return rule
  }
  return undefined
}

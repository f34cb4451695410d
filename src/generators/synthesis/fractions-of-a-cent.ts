/**
 * Money is kept to the cent: a rule whose answer on an ordinary probe has a fraction of a cent
 * (half of 0.25 is 0.125) is written rounded to the nearest cent, as a rule the ranking rounded is
 * (`roundedToCents`), whatever form found it: the spec's checks compare cents.
 */
import type { Value } from '../operation'
import type { Candidate } from './candidate'
import { beyondCents, type OutputDomain, QUESTION_PLAUSIBILITY } from './confidence'
import type { Probe } from './probes'
import { apply, evaluateProgram, type Program } from './program'

/** The rule written to the cent where it answers a fraction of one on an ordinary probe; undefined where it never does. */
export function toTheCent(program: Program, probes: readonly Probe[], domain: OutputDomain): Program | undefined {
  if (domain.cents !== true || roundedAlready(program)) return undefined
  const ordinary = probes.filter((probe) => probe.plausibility >= QUESTION_PLAUSIBILITY)
  return ordinary.some((probe) => fractionAt(program, probe.inputs)) ? apply('roundCents', program) : undefined
}

/** The chosen candidate, written to the cent where it answers fractions of one. */
export function chosenToTheCent(chosen: Candidate, probes: readonly Probe[], domain: OutputDomain, roundingBits: number): Candidate {
  const rounded = toTheCent(chosen.program, probes, domain)
  return rounded === undefined ? chosen : { ...chosen, program: rounded, bits: chosen.bits + roundingBits }
}

function roundedAlready(program: Program): boolean {
  return program.kind === 'apply' && ['roundCents', 'floorCents', 'ceilCents'].includes(program.operator)
}

/** Whether the amount has a fraction of a cent on these inputs. */
function fractionAt(amount: Program, inputs: Record<string, Value>): boolean {
  const value = evaluateProgram(amount, inputs)
  return value.ok && typeof value.value === 'number' && Number.isFinite(value.value) && beyondCents(value.value)
}

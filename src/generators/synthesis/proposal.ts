/**
 * Code someone else proposes for an operation (a model's answer) is one more candidate: it is
 * held to the same test as a synthesised rule. Where it and the best synthesised rule answer
 * differently on a row the examples never show, the examples do not decide between them, and
 * that row is the question — whoever wrote the code. Pure: the proposal's answers on the probe
 * rows are computed elsewhere (its code runs sandboxed).
 */
import type { Operation, Value } from '../operation'
import { valuesAgree } from '../operation'
import { type DistinguishingExample } from './confidence'
import { probeValues } from './candidate'
import { type Probe, probeRows } from './probes'
import { synthesise, type SynthesisOptions, type SynthesisResult } from './search'
import { type ExampleTable, isTableProblem, tabulate } from './table'
import { numericConstants } from './program'
import { plural } from '../../text'
import { RULE_CHARS, bounded, shortRules } from './questions'

/** What a proposal answered on one probe row: its outputs by name, or the error it threw. */
export type ProposalAnswer = { outputs: Record<string, Value> } | { error: string }

/** Probe rows at least this ordinary (between and just beyond the examples) must be answered, not refused. */
const ORDINARY = 0.8

export type ProposalStatus = 'confirmed' | 'ambiguous' | 'unconfirmed'

export interface ProposalVerdict {
  /**
   * `confirmed`: it answers as the rule the examples decide on every probe row. `ambiguous`: it
   * and a synthesised rule disagree somewhere the examples say nothing, or the examples do not
   * decide the rule at all. `unconfirmed`: there is no synthesised rule to hold it to.
   */
  status: ProposalStatus
  /** Why, in one sentence: which candidate won and on what evidence. */
  reason: string
  /** Per output that is not confirmed: the row that would decide, with each candidate's answer. */
  questions: Array<{ output: string; question: DistinguishingExample }>
  /** Probe rows both answered. */
  compared: number
}

/** The label a proposal's answers carry beside the synthesised rules'. */
export const PROPOSAL_RULE = 'the proposed code'

/** The numeric constants of a program: where a rule's bands and steps begin. */
/** The step a number is written to: 1 for whole numbers, else one unit of its last decimal. */
function unitOf(value: number): number {
  const decimals = (String(value).split('.')[1] ?? '').length
  return decimals === 0 ? 1 : 10 ** -decimals
}

/** Rows per boundary: the other inputs as in the first few examples. */
const BOUNDARY_BASES = 3

/**
 * Rows on each side of the synthesised rule's own constants (49, 50 and 51 for a band that
 * begins at 50), for every numeric input: a proposal with a threshold one off (`<= 3` for
 * `<= 2`) passes every example and differs only there, where the search's probes (chosen to
 * tell the search's rivals apart) need not look.
 */
function boundaryProbes(table: ExampleTable, synthesis: SynthesisResult, seen: Set<string>): Probe[] {
  if (!synthesis.ok) return []
  const constants = [...new Set(synthesis.outputs.flatMap((output) => numericConstants(output.program)))]
  const probes: Probe[] = []
  for (const column of table.columns.filter((candidate) => candidate.type === 'number')) {
    for (const constant of constants) {
      const unit = column.integral
        ? Math.max(1, unitOf(constant))
        : Math.min(unitOf(constant), ...column.values.map((value) => unitOf(value as number)))
      const values = column.values as number[]
      const [low, high] = [Math.min(...values), Math.max(...values)]
      for (const value of [constant - unit, constant, constant + unit].map((candidate) => Number(candidate.toFixed(6)))) {
        if (column.integral && !Number.isInteger(value)) continue
        // Inside the examples' range a row is as ordinary as theirs; outside it (an output's constant
        // as a distance, say) a refusal is no disagreement, though a different answer still is.
        const plausibility = value >= low && value <= high ? 0.9 : 0.5
        for (const example of table.examples.slice(0, BOUNDARY_BASES)) {
          const inputs = { ...example.inputs, [column.name]: value }
          const key = JSON.stringify(table.columns.map((other) => inputs[other.name]))
          if (seen.has(key)) continue
          seen.add(key)
          probes.push({ inputs, plausibility })
        }
      }
    }
  }
  return probes
}

/**
 * The rows a proposal is run on: the synthesis probes of the operation's example table, and
 * the rows around the synthesised rule's own constants.
 */
export function proposalProbes(operation: Operation, synthesis: SynthesisResult = synthesise(operation)): Probe[] {
  const table = tabulate(operation)
  if (isTableProblem(table)) return []
  const probes = probeRows(table)
  const seen = new Set([...table.examples, ...probes].map((row) => JSON.stringify(table.columns.map((column) => row.inputs[column.name]))))
  return [...probes, ...boundaryProbes(table, synthesis, seen)]
}

/** The proposal's answer for one output, as a candidate's value: a refusal reads as what it threw. */
function answerOf(answer: ProposalAnswer | undefined, output: string, probe: Probe): Value | undefined {
  if (answer === undefined) return undefined
  if ('error' in answer) return probe.plausibility >= ORDINARY ? `throws ${answer.error}` : undefined
  return answer.outputs[output]
}

/**
 * The proposal against the synthesised rule, output by output. A row the rule gives no answer
 * for is not compared; a proposal that throws on an ordinary row (one like the examples) where
 * the rule answers disagrees with it there — the examples never show a refusal — while
 * refusing an unusual input (a negative distance) is left alone.
 */
export function judgeProposal(
  operation: Operation,
  probes: readonly Probe[],
  answers: readonly ProposalAnswer[],
  synthesis: SynthesisResult
): ProposalVerdict {
  if (!synthesis.ok) {
    return { status: 'unconfirmed', reason: `no synthesised rule to hold it to (${synthesis.message})`, questions: [], compared: 0 }
  }
  const questions: ProposalVerdict['questions'] = []
  let compared = 0
  const agreeing: string[] = []
  for (const output of synthesis.outputs) {
    const ruleValues = probeValues(output.program, probes)
    let deciding: { probe: Probe; rule: Value; proposed: Value } | undefined
    probes.forEach((probe, index) => {
      const rule = ruleValues[index] as Value | readonly string[] | undefined
      const proposed = answerOf(answers[index], output.name, probe)
      if (rule === undefined || typeof rule === 'object' || proposed === undefined) return
      compared++
      if (typeof proposed === typeof rule && valuesAgree(proposed, rule)) return
      // The most ordinary row where they differ is the one to ask for.
      if (deciding === undefined || probe.plausibility > deciding.probe.plausibility) deciding = { probe, rule, proposed }
    })
    if (deciding !== undefined) {
      questions.push({
        output: output.name,
        question: {
          inputs: deciding.probe.inputs,
          answers: [
            { rule: bounded(output.description, RULE_CHARS), short: shortRules([output.program])[0]!, value: deciding.rule },
            { rule: PROPOSAL_RULE, value: deciding.proposed }
          ]
        }
      })
    } else if (!output.confident && output.question !== undefined) {
      questions.push({ output: output.name, question: output.question })
    } else {
      agreeing.push(`${output.name} = ${output.description}`)
    }
  }
  if (compared === 0)
    return { status: 'unconfirmed', reason: 'it answered none of the rows the examples do not show', questions: [], compared }
  if (questions.length === 0) {
    return {
      status: 'confirmed',
      reason: `it answers as the rule the examples decide (${agreeing.join('; ')}) on ${plural(compared, 'row')} the examples do not show`,
      questions,
      compared
    }
  }
  const disagreeing = questions.filter((entry) => entry.question.answers.some((answer) => answer.rule === PROPOSAL_RULE))
  const reason =
    disagreeing.length > 0
      ? `it and the synthesised rule ${disagreeing.map((entry) => `${entry.output} = ${entry.question.answers[0]!.rule}`).join('; ')} ` +
        'answer differently where the examples say nothing'
      : 'it agrees with the best synthesised rule, but the examples do not decide that rule either'
  return { status: 'ambiguous', reason, questions, compared }
}

/** Synthesis (remembered when already run) and the judgement, for a caller that has the answers. */
export function checkProposal(
  operation: Operation,
  probes: readonly Probe[],
  answers: readonly ProposalAnswer[],
  options: SynthesisOptions = {}
): ProposalVerdict {
  return judgeProposal(operation, probes, answers, synthesise(operation, options))
}

import { describeScore } from '../index'
import type { ModelGenerateResult, ModelRoundReport } from '../index'
import { plural } from '../text'
import { ruleInQuestion } from '../generators/synthesis/questions'

const OUTCOME_LABEL: Record<ModelRoundReport['outcome'], string> = {
  improved: 'better',
  'no-progress': 'no progress',
  'rolled-back': 'worse: rolled back to the best version so far',
  'unusable-answer': 'answer not usable',
  'generator-error': 'model error'
}

/** One line per round, then one per file not written and the reason the answer was not usable. */
export function describeRound(report: ModelRoundReport): string[] {
  const wrote = report.written.length > 0 ? `wrote ${report.written.join(', ')}` : 'wrote nothing'
  const lines = [
    `round ${report.round}: ${wrote}${report.score ? `; ${describeScore(report.score)}` : ''} (${OUTCOME_LABEL[report.outcome]})`
  ]
  if (report.problem) lines.push(`  ${report.problem}`)
  for (const file of report.notWritten) lines.push(`  not written: ${file.path}: ${file.reason ?? file.action}`)
  return lines
}

const PROPOSAL_LABEL = { confirmed: 'confirmed', ambiguous: 'ambiguous', unconfirmed: 'unconfirmed' } as const

/** Each example-table operation the model wrote, against the synthesised rule: the verdict, why, and the row that would decide. */
function describeProposals(result: ModelGenerateResult): string[] {
  return (result.proposals ?? []).flatMap((check) => {
    const where = check.source ? `${check.source}: ` : ''
    const lines = [`${where}${check.operation} (the model's): ${PROPOSAL_LABEL[check.verdict.status]}: ${check.verdict.reason}`]
    for (const row of check.rows) {
      lines.push(`${where}the examples do not decide ${row.output}; add this row with its answer:`)
      lines.push(
        `  ${row.header}`,
        `  ${row.row}   ${row.answers.map((answer) => `${ruleInQuestion(answer)} says ${JSON.stringify(answer.value)}`).join('; ')}`
      )
    }
    return lines
  })
}

/** Why the loop stopped, rounds, tokens in/out and scenarios green, then what the model's rules are worth. */
export function describeSummary(result: ModelGenerateResult): string[] {
  const summary = result.summary!
  return [
    `stopped: ${summary.stopReason} (${summary.stopDetail})`,
    `${plural(summary.rounds, 'round')}, tokens ${summary.tokens.input} in / ${summary.tokens.output} out, ` +
      `scenarios green ${summary.best.passed}/${summary.best.total}`,
    ...describeProposals(result)
  ]
}

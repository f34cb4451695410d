import type { ReportGovernance, ReportModel, ReportProvenance, ReportScenario, ReportStrength } from './model'
import { formatCountSummary, STATUSES, SUMMARY_ORDER, totalOf } from '../messages'
import { percent } from '../text'

/** Lists in a summary stop here: a pull request comment is not the whole report. */
const LIST_LIMIT = 25

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (character) => `\\${character}`).replace(/\r?\n/g, ' ')
}

function duration(milliseconds: number | undefined): string {
  if (milliseconds === undefined) return 'unknown duration'
  if (milliseconds < 1000) return `${Math.round(milliseconds)} ms`
  const totalSeconds = milliseconds / 1000
  if (totalSeconds < 60) return `${totalSeconds.toFixed(1)} s`
  return `${Math.floor(totalSeconds / 60)} min ${Math.round(totalSeconds % 60)} s`
}

function scenarioLine(model: ReportModel, scenario: ReportScenario): string {
  const feature = model.features[scenario.feature]
  const failed = scenario.steps.find((step) => step.status === scenario.status && step.status !== 'passed')
  const why = failed?.error?.message ?? (failed ? `${failed.keyword.trim()} ${failed.text}` : '')
  // One line: "Multiple step definitions match: a {int} - steps/a.ts:3 …", not just its first line.
  const oneLine = why.replace(/\s+/g, ' ').trim()
  const reason = oneLine ? `: ${escapeMarkdown(oneLine.length > 200 ? `${oneLine.slice(0, 199)}…` : oneLine)}` : ''
  return `- **${scenario.status}** ${escapeMarkdown(feature.name)} › ${escapeMarkdown(scenario.name)} (\`${feature.uri}:${scenario.line}\`)${reason}`
}

function limited<T>(items: T[], render: (item: T) => string): string[] {
  const lines = items.slice(0, LIST_LIMIT).map(render)
  if (items.length > LIST_LIMIT) lines.push(`- … and ${items.length - LIST_LIMIT} more (see the HTML report)`)
  return lines
}

/** The last `specloop strength`: the score per feature, the survivors with the rows that would kill them. */
function strengthLines(strength: ReportStrength): string[] {
  const score = (value: number | null) => (value === null ? 'no mutant' : `${value}%`)
  const lines = [
    '',
    `### Spec strength: mutation score ${score(strength.score)}`,
    '',
    '| feature | score | killed |',
    '| --- | ---: | ---: |'
  ]
  lines.push(
    ...strength.features.map((feature) => `| \`${feature.uri}\` | ${score(feature.score)} | ${feature.killed} of ${feature.mutants} |`)
  )
  const killedBy = (row: { uri: string; row: string }) =>
    `; a row that kills it, for \`${row.uri}\` (expected = the code's answer now): \`${row.row}\``
  const survivors = strength.survivors.map(
    (mutant) =>
      `- \`${mutant.file}:${mutant.line}:${mutant.column}\` ${mutant.change} survives${mutant.killingRow ? killedBy(mutant.killingRow) : ''}`
  )
  if (survivors.length > 0) lines.push('', ...limited(survivors, (line) => line))
  return lines
}

/** A summary for pull requests and CI job summaries (GitHub's $GITHUB_STEP_SUMMARY). */
export function renderMarkdown(model: ReportModel): string {
  const lines = [
    ...countLines(model),
    ...traceLines(model),
    ...notPassedLines(model),
    ...hollowLines(model),
    ...(model.strength ? strengthLines(model.strength) : []),
    ...provenanceLines(model.provenance),
    ...(model.governance ? governanceLines(model.governance) : []),
    ...templateLines(model),
    ...ledgerLines(model),
    ...parseErrorLines(model),
    ''
  ]
  return lines.join('\n')
}

/** The headline, the table of counts per status and what the run was. */
function countLines(model: ReportModel): string[] {
  const { counts } = model
  const problems = totalOf(counts.scenarios) - counts.scenarios.passed - counts.scenarios.skipped
  // "unknown" is a column only when something is unknown.
  const shown = SUMMARY_ORDER.filter((status) => status !== 'unknown' || counts.scenarios.unknown + counts.steps.unknown > 0)
  const about = [`${formatCountSummary(counts.scenarios, 'scenario')}`, duration(model.run.durationMs)]
  if (model.run.implementation) about.push(model.run.implementation)
  // A pass over a rule the examples do not decide is not the whole story: the headline says so.
  const unconfirmed = model.provenance.filter((file) => file.rule === 'unconfirmed' && !file.editedByHand).length
  const passed = problems === 0 ? 'all scenarios passed' : `${problems} of ${totalOf(counts.scenarios)} scenarios did not pass`
  const doubts =
    unconfirmed === 0
      ? ''
      : `; ${unconfirmed} generated ${unconfirmed === 1 ? 'file rests' : 'files rest'} on a rule the examples do not decide`
  return [
    `## ${escapeMarkdown(model.title)}: ${passed}${doubts}`,
    '',
    `| | total | ${shown.join(' | ')} |`,
    `| --- | ---: | ${shown.map(() => '---:').join(' | ')} |`,
    `| features | ${counts.features} | ${shown.map(() => '').join(' | ')} |`,
    `| scenarios | ${totalOf(counts.scenarios)} | ${shown.map((status) => counts.scenarios[status]).join(' | ')} |`,
    `| steps | ${totalOf(counts.steps)} | ${shown.map((status) => counts.steps[status]).join(' | ')} |`,
    '',
    `${about.join(' · ')} · run \`${model.run.id}\``
  ]
}

function traceLines(model: ReportModel): string[] {
  if (!model.trace) return []
  const { trace } = model
  const code = trace.codeShare.generated + trace.codeShare.editedGenerated + trace.codeShare.handWritten
  return [
    '',
    `Trace: ${percent(trace.coveredLines, trace.executableLines)} of executable lines run by the scenarios (${trace.coveredLines}/${trace.executableLines}), ` +
      `${trace.coveredFunctions}/${trace.functions} functions · code: ${percent(trace.codeShare.generated, code)} generated, ` +
      `${percent(trace.codeShare.editedGenerated, code)} generated then edited, ${percent(trace.codeShare.handWritten, code)} hand-written`
  ]
}

/** The scenarios that did not pass, worst status first. */
function notPassedLines(model: ReportModel): string[] {
  const notPassed = model.features
    .flatMap((feature) => feature.scenarios)
    .filter((scenario) => scenario.status !== 'passed' && scenario.status !== 'skipped')
  if (notPassed.length === 0) return []
  const rank = (status: string): number => SUMMARY_ORDER.indexOf(status as (typeof STATUSES)[number])
  return [
    '',
    `### Scenarios that did not pass (${notPassed.length})`,
    '',
    ...limited(
      [...notPassed].sort((a, b) => rank(a.status) - rank(b.status) || a.index - b.index),
      (scenario) => scenarioLine(model, scenario)
    )
  ]
}

function hollowLines(model: ReportModel): string[] {
  if (!model.trace || model.trace.hollow.length === 0) return []
  const scenarios = model.features.flatMap((feature) => feature.scenarios)
  return [
    '',
    `### Hollow scenarios (${model.trace.hollow.length})`,
    '',
    'They pass without running any implementation code or without asserting anything.',
    '',
    ...limited(model.trace.hollow, (entry) => {
      const scenario = scenarios[entry.scenario]
      const feature = model.features[scenario.feature]
      return `- ${escapeMarkdown(feature.name)} › ${escapeMarkdown(scenario.name)} (\`${feature.uri}:${scenario.line}\`): ${entry.reason}`
    })
  ]
}

const changedSources = (file: ReportProvenance) => file.sources.filter((source) => source.state === 'changed' || source.state === 'gone')

/** The generated files edited by hand, with a rule the examples do not decide, or generated from a spec that changed since. */
function provenanceLines(provenance: ReportProvenance[]): string[] {
  if (provenance.length === 0) return []
  const edited = provenance.filter((file) => file.editedByHand)
  const unconfirmed = provenance.filter((file) => file.rule === 'unconfirmed' && !file.editedByHand)
  const stale = provenance.filter((file) => changedSources(file).length > 0)
  const lines = [
    '',
    `### Generated code (${provenance.length} files)`,
    '',
    `${edited.length} edited by hand since generation, ${stale.length} generated from a spec that has changed since.`
  ]
  if (edited.length > 0)
    lines.push('', ...limited(edited, (file) => `- \`${file.path}\` (${escapeMarkdown(file.generator)}) was edited by hand`))
  if (unconfirmed.length > 0)
    lines.push(
      '',
      ...limited(
        unconfirmed,
        (file) =>
          `- \`${file.path}\` (${escapeMarkdown(file.generator)}): rule unconfirmed` +
          (file.ruleReason ? `: ${escapeMarkdown(file.ruleReason)}` : ' (the examples do not decide it)')
      )
    )
  if (stale.length > 0) lines.push('', ...limited(stale, staleLine))
  return lines
}

/** Named as status names them: which of its specs changed, or are gone. */
function staleLine(file: ReportProvenance): string {
  const sources = changedSources(file).map((source) => `\`${source.path}\` ${source.state === 'gone' ? '(gone)' : 'changed'}`)
  return `- \`${file.path}\` (${escapeMarkdown(file.generator)}): ${sources.join(', ')}`
}

/** Approvals against specs.lock, what waits for one, and the last gate with its findings. */
function governanceLines(governance: ReportGovernance): string[] {
  const { counts, pending, lastGate } = governance
  const lines = [
    '',
    '### Governance',
    '',
    `Approvals: ${counts.approved} approved, ${counts.changed} changed since ` +
      `approval, ${counts.new} not approved, ${counts.removed} removed${governance.lockExists ? '' : ' (no specs.lock yet)'}.`
  ]
  if (pending.length > 0) lines.push('', ...limited(pending, pendingLine))
  if (lastGate) {
    lines.push(
      '',
      `Last gate${lastGate.ci ? ' (CI)' : ''}: **${lastGate.passed ? 'passed' : 'failed'}** at ${lastGate.time} (ledger entry #${lastGate.sequence}).`
    )
    if (lastGate.findings.length > 0)
      lines.push(
        '',
        ...limited(
          lastGate.findings,
          (finding) =>
            `- ${finding.check}: ${escapeMarkdown(finding.message ?? finding.code)}` +
            (finding.file ? ` \`${finding.file}${finding.line ? `:${finding.line}` : ''}\`` : '')
        )
      )
  }
  return lines
}

function pendingLine(entry: ReportGovernance['pending'][number]): string {
  const state =
    entry.state === 'changed'
      ? `changed since ${escapeMarkdown(entry.approvedBy ?? '')} approved it`
      : entry.state === 'new'
        ? 'not approved'
        : 'removed; the removal is not approved'
  return `- \`${entry.uri}${entry.line ? `:${entry.line}` : ''}\` ${escapeMarkdown(entry.key)}: ${state}`
}

function templateLines(model: ReportModel): string[] {
  const templated = model.features.filter((feature) => feature.template)
  if (templated.length === 0) return []
  return [
    '',
    `### Features written from a spec template (${templated.length})`,
    '',
    ...limited(
      templated,
      (feature) => `- ${escapeMarkdown(feature.name)} (\`${feature.uri}\`): template ${escapeMarkdown(feature.template!)}`
    )
  ]
}

function ledgerLines(model: ReportModel): string[] {
  if (!model.ledger || model.ledger.valid) return []
  return ['', `**The audit ledger is broken** at \`${model.ledger.brokenAt}\`: this entry ${escapeMarkdown(model.ledger.reason ?? '')}.`]
}

function parseErrorLines(model: ReportModel): string[] {
  if (model.parseErrors.length === 0) return []
  return [
    '',
    `### Parse errors (${model.parseErrors.length})`,
    '',
    ...limited(
      model.parseErrors,
      (error) => `- \`${error.uri ?? '?'}${error.line ? `:${error.line}` : ''}\`: ${escapeMarkdown(error.message)}`
    )
  ]
}

import type { ReportModel, ReportProvenance, ReportScenario, ReportStrength } from './model'
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

/** A summary for pull requests and CI job summaries (GitHub's $GITHUB_STEP_SUMMARY). */
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
  const survivors = strength.survivors.map(
    (mutant) =>
      `- \`${mutant.file}:${mutant.line}:${mutant.column}\` ${mutant.change} survives${mutant.killingRow ? `; a row that kills it, for \`${mutant.killingRow.uri}\` (expected = the code's answer now): \`${mutant.killingRow.row}\`` : ''}`
  )
  if (survivors.length > 0) lines.push('', ...limited(survivors, (line) => line))
  return lines
}

export function renderMarkdown(model: ReportModel): string {
  const { counts } = model
  const problems = totalOf(counts.scenarios) - counts.scenarios.passed - counts.scenarios.skipped
  const lines: string[] = []
  lines.push(
    `## ${escapeMarkdown(model.title)}: ${problems === 0 ? 'all scenarios passed' : `${problems} of ${totalOf(counts.scenarios)} scenarios did not pass`}`
  )
  lines.push('')
  const shown = SUMMARY_ORDER.filter((status) => status !== 'unknown' || counts.scenarios.unknown + counts.steps.unknown > 0)
  lines.push(`| | total | ${shown.join(' | ')} |`)
  lines.push(`| --- | ---: | ${shown.map(() => '---:').join(' | ')} |`)
  lines.push(`| features | ${counts.features} | ${shown.map(() => '').join(' | ')} |`)
  lines.push(`| scenarios | ${totalOf(counts.scenarios)} | ${shown.map((status) => counts.scenarios[status]).join(' | ')} |`)
  lines.push(`| steps | ${totalOf(counts.steps)} | ${shown.map((status) => counts.steps[status]).join(' | ')} |`)
  lines.push('')
  const about = [`${formatCountSummary(counts.scenarios, 'scenario')}`, duration(model.run.durationMs)]
  if (model.run.implementation) about.push(model.run.implementation)
  lines.push(`${about.join(' · ')} · run \`${model.run.id}\``)
  if (model.trace) {
    const { trace } = model
    const code = trace.codeShare.generated + trace.codeShare.editedGenerated + trace.codeShare.handWritten
    lines.push('')
    lines.push(
      `Trace: ${percent(trace.coveredLines, trace.executableLines)} of executable lines run by the scenarios (${trace.coveredLines}/${trace.executableLines}), ` +
        `${trace.coveredFunctions}/${trace.functions} functions · code: ${percent(trace.codeShare.generated, code)} generated, ` +
        `${percent(trace.codeShare.editedGenerated, code)} generated then edited, ${percent(trace.codeShare.handWritten, code)} hand-written`
    )
  }
  const scenarios = model.features.flatMap((feature) => feature.scenarios)
  const notPassed = scenarios.filter((scenario) => scenario.status !== 'passed' && scenario.status !== 'skipped')
  if (notPassed.length > 0) {
    lines.push('', `### Scenarios that did not pass (${notPassed.length})`, '')
    const rank = (status: string): number => SUMMARY_ORDER.indexOf(status as (typeof STATUSES)[number])
    lines.push(
      ...limited(
        [...notPassed].sort((a, b) => rank(a.status) - rank(b.status) || a.index - b.index),
        (scenario) => scenarioLine(model, scenario)
      )
    )
  }
  if (model.trace && model.trace.hollow.length > 0) {
    lines.push(
      '',
      `### Hollow scenarios (${model.trace.hollow.length})`,
      '',
      'They pass without running any implementation code or without asserting anything.',
      ''
    )
    lines.push(
      ...limited(model.trace.hollow, (entry) => {
        const scenario = scenarios[entry.scenario]
        return `- ${escapeMarkdown(model.features[scenario.feature].name)} › ${escapeMarkdown(scenario.name)} (\`${model.features[scenario.feature].uri}:${scenario.line}\`): ${entry.reason}`
      })
    )
  }
  const edited = model.provenance.filter((file) => file.editedByHand)
  const changedSources = (file: ReportProvenance) => file.sources.filter((source) => source.state === 'changed' || source.state === 'gone')
  const stale = model.provenance.filter((file) => changedSources(file).length > 0)
  if (model.strength) lines.push(...strengthLines(model.strength))
  if (model.provenance.length > 0) {
    lines.push('', `### Generated code (${model.provenance.length} files)`, '')
    lines.push(`${edited.length} edited by hand since generation, ${stale.length} generated from a spec that has changed since.`)
    if (edited.length > 0)
      lines.push('', ...limited(edited, (file) => `- \`${file.path}\` (${escapeMarkdown(file.generator)}) was edited by hand`))
    const unconfirmed = model.provenance.filter((file) => file.rule === 'unconfirmed' && !file.editedByHand)
    if (unconfirmed.length > 0)
      lines.push(
        '',
        ...limited(
          unconfirmed,
          (file) =>
            `- \`${file.path}\` (${escapeMarkdown(file.generator)}): rule unconfirmed${file.ruleReason ? `: ${escapeMarkdown(file.ruleReason)}` : ' (the examples do not decide it)'}`
        )
      )
    // Named as status names them: which of its specs changed, or are gone.
    if (stale.length > 0) {
      lines.push(
        '',
        ...limited(
          stale,
          (file) =>
            `- \`${file.path}\` (${escapeMarkdown(file.generator)}): ${changedSources(file)
              .map((source) => `\`${source.path}\` ${source.state === 'gone' ? '(gone)' : 'changed'}`)
              .join(', ')}`
        )
      )
    }
  }
  if (model.governance) {
    const { counts, pending, lastGate } = model.governance
    lines.push('', '### Governance', '')
    lines.push(
      `Approvals: ${counts.approved} approved, ${counts.changed} changed since approval, ${counts.new} not approved, ${counts.removed} removed${model.governance.lockExists ? '' : ' (no specs.lock yet)'}.`
    )
    if (pending.length > 0)
      lines.push(
        '',
        ...limited(
          pending,
          (entry) =>
            `- \`${entry.uri}${entry.line ? `:${entry.line}` : ''}\` ${escapeMarkdown(entry.key)}: ${entry.state === 'changed' ? `changed since ${escapeMarkdown(entry.approvedBy ?? '')} approved it` : entry.state === 'new' ? 'not approved' : 'removed; the removal is not approved'}`
        )
      )
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
              `- ${finding.check}: ${escapeMarkdown(finding.message ?? finding.code)}${finding.file ? ` \`${finding.file}${finding.line ? `:${finding.line}` : ''}\`` : ''}`
          )
        )
    }
  }
  const templated = model.features.filter((feature) => feature.template)
  if (templated.length > 0) {
    lines.push('', `### Features written from a spec template (${templated.length})`, '')
    lines.push(
      ...limited(
        templated,
        (feature) => `- ${escapeMarkdown(feature.name)} (\`${feature.uri}\`): template ${escapeMarkdown(feature.template!)}`
      )
    )
  }
  if (model.ledger && !model.ledger.valid) {
    lines.push(
      '',
      `**The audit ledger is broken** at \`${model.ledger.brokenAt}\`: this entry ${escapeMarkdown(model.ledger.reason ?? '')}.`
    )
  }
  if (model.parseErrors.length > 0) {
    lines.push('', `### Parse errors (${model.parseErrors.length})`, '')
    lines.push(
      ...limited(
        model.parseErrors,
        (error) => `- \`${error.uri ?? '?'}${error.line ? `:${error.line}` : ''}\`: ${escapeMarkdown(error.message)}`
      )
    )
  }
  lines.push('')
  return lines.join('\n')
}

import fs from 'node:fs'
import { approve, ApproveResult, status, StatusResult, gate, GateResult } from '../../index'
import { formatError } from '../../errors'
import { writeJson, writeLine } from '../io'
import type { CliIo } from '../io'
import type { RegisterCommand } from '../command'
import { parseScore } from './strength'
import { projectOptionsOf } from './project-options'

/** "3 approved, 1 changed, 2 new" from counts; states with no items are left out. */
function countsLine<T extends string>(counts: Partial<Record<T, number>>, order: readonly T[]): string {
  const parts = order.filter((state) => (counts[state] ?? 0) > 0).map((state) => `${counts[state]} ${state}`)
  return parts.length > 0 ? parts.join(', ') : 'none'
}

function printApprove(result: ApproveResult, stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream): void {
  for (const error of result.errors) writeLine(stderr, formatError(error))
  if (result.errors.length > 0) {
    if (result.decisions.length === 0 && result.exitCode !== 0) writeLine(stderr, `Nothing approved: ${result.lockFile} is unchanged.`)
    return
  }
  if (result.promotion) {
    writeLine(
      stdout,
      `Promotion approved by ${result.approver} for ${result.promotion.roles.join(', ')}: the specs and generated code ` +
        `as they are now (${result.promotion.release.slice(0, 12)}), recorded in the ledger (entry #${result.ledgerSequence}).`
    )
    return
  }
  for (const decision of result.decisions) {
    const where = `${decision.uri}${decision.line !== undefined ? `:${decision.line}` : ''}`
    const text =
      decision.action === 'unchanged'
        ? `already approved by ${decision.previous!.by} (${decision.previous!.at.slice(0, 10)})`
        : decision.previous
          ? `approved, in place of ${decision.previous.by}'s approval, which the rule in force does not accept`
          : decision.action
    writeLine(stdout, `${where} "${decision.key}": ${text}`)
  }
  const changed = result.decisions.filter((decision) => decision.action !== 'unchanged').length
  writeLine(
    stdout,
    changed === 0
      ? `Nothing to approve: every scenario named is approved as it is (${result.lockFile} unchanged).`
      : `Approved by ${result.approver}: ${changed} ${changed === 1 ? 'change' : 'changes'} recorded in ${result.lockFile} ` +
          `and the ledger (entry #${result.ledgerSequence}).`
  )
}

function printStatus(result: StatusResult, stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream): void {
  for (const error of result.errors) writeLine(stderr, formatError(error))
  for (const warning of result.warnings) writeLine(stderr, `warning: ${formatError(warning)}`)
  if (result.exitCode === 2) return
  if (result.errors.length > 0)
    writeLine(
      stdout,
      `${result.errors.length} problem${result.errors.length === 1 ? '' : 's'} in the feature files (above): their scenarios are not counted below.`
    )
  const lock = result.lockExists ? result.lockFile : `no ${result.lockFile} yet`
  const rules =
    result.approverRules > 0
      ? `${result.approverRules} approver rule${result.approverRules === 1 ? '' : 's'} in specloop.json`
      : 'no approver rules: anyone may approve'
  writeLine(stdout, `Specs (${lock}; ${rules}):`)
  writeLine(stdout, `  scenarios: ${countsLine(result.counts.scenarios, ['approved', 'changed', 'new', 'removed'])}`)
  for (const scenario of result.scenarios.filter((item) => item.state !== 'approved')) {
    const since = scenario.state === 'changed' ? ` (approved by ${scenario.approval!.by} on ${scenario.approval!.at.slice(0, 10)})` : ''
    writeLine(
      stdout,
      `  ${scenario.state.padEnd(8)} ${scenario.uri}${scenario.line !== undefined ? `:${scenario.line}` : ''} "${scenario.key}"${since}`
    )
  }
  writeLine(stdout, `Generated code (${result.generated.length} files):`)
  writeLine(stdout, `  files: ${countsLine(result.counts.generated, ['fresh', 'stale', 'edited by hand', 'orphaned', 'hand-written'])}`)
  writeLine(stdout, `  rules: ${countsLine(result.counts.rules, ['confirmed', 'unconfirmed', 'no rule', 'model'])}`)
  for (const file of result.generated) {
    const notes: string[] = []
    if (file.state === 'hand-written') notes.push('no provenance header: not written by specloop (the gate scans it all the same)')
    else if (file.state !== 'fresh')
      notes.push(
        file.state === 'stale'
          ? `stale: ${[...file.changedSources, ...file.missingSources.map((source) => `${source} (gone)`)].join(', ')} changed since`
          : file.state
      )
    if (file.rule && file.rule !== 'confirmed')
      notes.push(
        file.rule === 'unconfirmed'
          ? 'rule unconfirmed (the examples do not decide it)'
          : file.rule === 'no rule'
            ? 'stub: no rule'
            : 'written by a model'
      )
    if (notes.length > 0) writeLine(stdout, `  ${file.path}: ${notes.join('; ')}`)
  }
}

function printGate(result: GateResult, stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream): void {
  for (const error of result.errors) writeLine(stderr, formatError(error))
  for (const warning of result.warnings) writeLine(stderr, `warning: ${formatError(warning)}`)
  if (result.exitCode === 2) return
  for (const check of result.checks) {
    const verdict = !check.ran
      ? 'skipped'
      : check.findings === 0
        ? 'ok'
        : `${check.findings} ${check.findings === 1 ? 'finding' : 'findings'}`
    writeLine(stdout, `${check.check.padEnd(12)} ${verdict}${check.note ? ` — ${check.note}` : ''}`)
  }
  for (const finding of result.findings) writeLine(stdout, `${finding.check}: ${formatError(finding)}`)
  const recorded =
    result.ledgerSequence !== undefined
      ? ` Recorded in the ledger (entry #${result.ledgerSequence}).`
      : result.ci
        ? ' Not recorded: the ledger did not verify.'
        : ''
  const stage = result.promote ? ' (promote)' : result.ci ? ' (CI)' : ''
  const ran = result.checks.filter((check) => check.ran).length
  writeLine(
    stdout,
    result.passed
      ? `Gate passed${stage}: ${ran} checks ran, ${result.checks.length - ran} skipped.${recorded}`
      : `Gate failed${stage}: ${result.findings.length} ${result.findings.length === 1 ? 'finding' : 'findings'}.${recorded}`
  )
}

/** The job summary a CI shows (GitHub Actions: $GITHUB_STEP_SUMMARY): why the gate passed or failed. */
function gateSummaryMarkdown(result: GateResult): string {
  const lines = [`## specloop gate: ${result.passed ? 'passed' : 'failed'}`, '', '| check | result | |', '| --- | --- | --- |']
  for (const check of result.checks)
    lines.push(
      `| ${check.check} | ${!check.ran ? 'skipped' : check.findings === 0 ? 'ok' : `**${check.findings}**`} | ${(check.note ?? '').replace(/\|/g, '\\|')} |`
    )
  if (result.findings.length > 0) {
    lines.push('', '### Findings', '')
    for (const finding of result.findings) lines.push(`- **${finding.check}** ${formatError(finding).replace(/\|/g, '\\|')}`)
  }
  return `${lines.join('\n')}\n`
}

export const registerGovernance: RegisterCommand = (program, context) => {
  registerApprove(program, context)
  registerStatus(program, context)
  registerGate(program, context)
}

const registerApprove: RegisterCommand = (program, context) => {
  program
    .command('approve [features...]')
    .description('approve the specs as they are now (every feature, or the files named): recorded in specs.lock and the ledger')
    .option('--scenario <name>', 'only the scenario with this name')
    .option('--by <name>', "who approves (default: git's user.name and user.email)")
    .option('--ticket <id>', 'the ticket or change request this approval answers')
    .option('--note <text>', 'a note kept with the approval')
    .option(
      '--promote',
      "approve promoting the specs and generated code as they are now, for your role in the policy's promote stage (recorded in the ledger)",
      false
    )
    .action(async (features: string[], options: { scenario?: string; by?: string; ticket?: string; note?: string; promote: boolean }) => {
      const globals = context.globals()
      const { io } = context
      const result = await approve({
        cwd: globals.cwd,
        argumentsFrom: globals.invokedFrom,
        env: io.env,
        profiles: globals.profile,
        configFile: globals.config,
        features,
        ...options
      })
      if (globals.format === 'json') writeJson(io.stdout, result)
      else printApprove(result, io.stdout, io.stderr)
      context.setExitCode(result.exitCode)
    })
}

const registerStatus: RegisterCommand = (program, context) => {
  program
    .command('status')
    .description('where each scenario stands against its approval, and each generated file against its spec')
    .action(async () => {
      const globals = context.globals()
      const { io } = context
      const result = await status(projectOptionsOf(globals, io))
      if (globals.format === 'json') writeJson(io.stdout, result)
      else printStatus(result, io.stdout, io.stderr)
      context.setExitCode(result.exitCode)
    })
}

const registerGate: RegisterCommand = (program, context) => {
  program
    .command('gate')
    .description(
      'hold generated code to the security policy, the dependency allow-list, npm audit (with "gate.audit" in ' +
        "specloop.json), tsc and the project's ESLint; --ci adds approvals, freshness, rules, the last run and the ledger"
    )
    .option('--ci', 'the CI gate: exit 1 on anything unapproved, stale, unconfirmed, failing, hollow or unverifiable', false)
    .option('--min-score <percent>', "also hold every feature's mutation score (the last `specloop strength`) to this", parseScore)
    .option(
      '--promote',
      'the promote stage: the CI gate, a passing run of this very commit, and the promotion approvals of the roles the policy names',
      false
    )
    .action(async (options: { ci: boolean; minScore?: number; promote: boolean }) => {
      const globals = context.globals()
      const { io } = context
      const result = await gate({
        ...projectOptionsOf(globals, io),
        ci: options.ci,
        minScore: options.minScore,
        promote: options.promote
      })
      if (globals.format === 'json') writeJson(io.stdout, result)
      else printGate(result, io.stdout, io.stderr)
      if (result.ci && result.exitCode !== 2) appendJobSummary(io, result)
      context.setExitCode(result.exitCode)
    })
}

/** The gate's verdict in the CI's job summary, when the CI gives one (GITHUB_STEP_SUMMARY). */
function appendJobSummary(io: CliIo, result: GateResult): void {
  const summary = io.env.GITHUB_STEP_SUMMARY
  if (!summary) return
  try {
    fs.appendFileSync(summary, gateSummaryMarkdown(result))
  } catch (thrown) {
    // The summary is a courtesy of the CI: the verdict is the exit code and the output above.
    writeLine(
      io.stderr,
      `warning: GITHUB_STEP_SUMMARY ${summary} cannot be written (${(thrown as Error).message}); the job summary is missing`
    )
  }
}

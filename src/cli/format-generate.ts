import type { GenerateResult, OfflineLoopResult, OfflineRound, OfflineStopReason, GeneratedFreshness, OperationOutcome } from '../index'
import { formatError } from '../errors'
import { writeLine } from './io'
import { plural, pluralForm } from '../text'
import { bounded, ruleInQuestion } from '../generators/synthesis/questions'

/** A written rule in the summary of `generate` and `run`: its module has it whole. */
const RULE_LINE_CHARS = 200

const ACTION_LABEL: Record<string, string> = {
  create: 'create',
  update: 'update',
  unchanged: 'unchanged',
  'kept-hand-edited': 'kept (edited by hand)',
  'kept-hand-written': 'kept (written by hand)',
  refused: 'refused',
  remove: 'remove'
}

export function printGenerateResult(result: GenerateResult, stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream): void {
  for (const error of result.fatalErrors) writeLine(stderr, formatError(error))
  for (const error of result.parseErrors) writeLine(stdout, formatError(error))
  if (result.ledgerError) writeLine(stdout, formatError(result.ledgerError))
  if (result.fatalErrors.length > 0 || result.ledgerError) return
  if (result.parseErrors.length > 0) {
    writeLine(stdout, `specloop generate: ${plural(result.parseErrors.length, 'problem')} in the specification; nothing was written`)
    return
  }
  const { counts } = result
  if (counts.stepTexts === 0 && result.decisions.length === 0) {
    writeLine(stdout, 'Nothing to generate: every step has a definition.')
    return
  }
  const undefinedTexts = counts.undefinedTexts === 0 ? 'none undefined' : `${counts.undefinedTexts} undefined`
  const exact = counts.exactTextDefinitions > 0 ? ` (${counts.exactTextDefinitions} kept to their exact text)` : ''
  writeLine(
    stdout,
    `${plural(counts.stepDefinitions, 'step definition')}${exact} for ${plural(counts.stepTexts, 'step text')} (${undefinedTexts}), ` +
      describeGeneratedParts(result)
  )
  const implementations = new Map(result.implementations.map((outcome) => [outcome.name, outcome]))
  for (const operation of result.operations) {
    // --steps-only writes stubs: a full generate models a story offline before it needs a model.
    const stateful = result.stepsOnly
      ? `stateful, ${operation.reason}: a typed stub; a full \`specloop generate\` tries to model its story offline`
      : `stateful, needs a model provider: ${operation.reason}`
    const note = operation.stateful ? stateful : `${plural(operation.examples, 'example')}`
    writeLine(stdout, `  operation ${operation.signature} in ${operation.module} (${note})`)
    const outcome = implementations.get(operation.name)
    if (outcome !== undefined) for (const line of describeOutcome(outcome)) writeLine(stdout, `    ${line}`)
  }
  for (const outcome of storyClassesOf(result)) {
    writeLine(stdout, `  class ${outcome.name} in ${outcome.modulePath} (${plural(outcome.examples, 'scenario')})`)
    for (const line of describeOutcome(outcome)) writeLine(stdout, `    ${line}`)
  }
  for (const warning of result.warnings) writeLine(stdout, `warning: ${formatError(warning)}`)
  for (const decision of result.decisions) {
    if (decision.action === 'unchanged') continue
    const writes = decision.action === 'create' || decision.action === 'update' || decision.action === 'remove'
    const action = result.dryRun && writes ? `would ${decision.action}` : ACTION_LABEL[decision.action]!
    writeLine(stdout, `  ${action.padEnd(22)} ${decision.path}${decision.reason ? ` — ${decision.reason}` : ''}`)
  }
  const unchanged = result.decisions.filter((decision) => decision.action === 'unchanged').length
  const changing = result.decisions.filter((decision) => decision.action === 'create' || decision.action === 'update').length
  if (result.dryRun) {
    if (result.diff) stdout.write(result.diff)
    writeLine(stdout, `Dry run: ${plural(changing, 'file')} would be written, nothing was.`)
  } else if (result.written.length === 0) {
    writeLine(stdout, `Nothing to write: ${plural(unchanged, 'generated file')} already up to date.`)
  } else {
    writeLine(stdout, `Wrote ${plural(result.written.length, 'file')}${unchanged > 0 ? `; ${unchanged} unchanged` : ''}.`)
  }
  if (!result.dryRun && result.removed.length > 0)
    writeLine(stdout, `Removed ${plural(result.removed.length, 'file')} specloop wrote before and no longer needs.`)
}

/** Stateful features' classes: one each, in place of their commands' stubs (outcomes that are no operation's). */
/** "4 operations, 3 story classes": what a generation modelled, for every summary that counts it. */
export function describeGeneratedParts(result: GenerateResult): string {
  const classes = storyClassesOf(result)
  return `${plural(result.counts.operations, 'operation')}${classes.length > 0 ? `, ${plural(classes.length, 'story class', 'story classes')}` : ''}`
}

function storyClassesOf(result: GenerateResult): OperationOutcome[] {
  const operationNames = new Set(result.operations.map((operation) => operation.name))
  return result.implementations.filter((candidate) => !operationNames.has(candidate.name))
}

/**
 * What synthesis did for one operation: the rule it wrote and how sure the examples make it;
 * for an ambiguous rule, the Examples row that would decide it, ready to paste.
 */
export function describeOutcome(outcome: OperationOutcome): string[] {
  if (outcome.keptByHand)
    return [`kept as edited by hand (${outcome.modulePath}); specloop would write: ${(outcome.rules ?? []).join('; ') || 'no rule'}`]
  // A rule longer than a line or two is read in its module: the summary shows its start.
  const rules = (outcome.rules ?? []).map((rule) => bounded(rule, RULE_LINE_CHARS))
  if (outcome.status === 'synthesised')
    return rules.map((rule, index) => (index === 0 ? `synthesised (${outcome.bits} bits): ${rule}` : `  ${rule}`))
  if (outcome.status === 'ambiguous') {
    const lines = rules.map((rule, index) => (index === 0 ? `ambiguous, written unconfirmed (${outcome.bits} bits): ${rule}` : `  ${rule}`))
    if (outcome.distinguishingExamples === undefined && outcome.message)
      lines.push(`${outcome.source ? `${outcome.source}: ` : ''}${outcome.message}`)
    for (const question of outcome.distinguishingExamples ?? []) {
      lines.push(
        `${outcome.source ? `${outcome.source}: ` : ''}the examples do not decide ${question.output}; add this row with its answer:`
      )
      lines.push(
        `  ${question.header}`,
        `  ${question.row}   ${question.answers.map((answer) => `${ruleInQuestion(answer)} says ${JSON.stringify(answer.value)}`).join('; ')}`
      )
      if (question.loneRow)
        lines.push(
          `  only ${question.loneRow.source} answers ${JSON.stringify(question.loneRow.value)}: if that row is a slip, correct it; ` +
            `if not, the row above says where else ${JSON.stringify(question.loneRow.value)} holds`
        )
    }
    return lines
  }
  return outcome.message ? [outcome.message] : []
}

export function describeOfflineRound(round: OfflineRound): string {
  const tried = round.tried.length > 0 ? ` (${round.tried.join('; ')})` : ''
  const scenarios = `${round.scenarios.passed}/${round.scenarios.total} scenarios pass`
  return `round ${round.round}${tried}: ${round.compiles ? 'compiles' : 'does not compile'}, ${scenarios} — ${(round.elapsedMs / 1000).toFixed(1)} s`
}

const STOP_REASONS: Record<OfflineStopReason, string> = {
  green: 'every scenario passes',
  'nothing-to-try': 'nothing left to try offline',
  unchanged: 'the wider search changed no file, so no round can change the result',
  'max-rounds': 'the round limit is reached',
  'time-limit': 'the time limit is reached',
  'not-run': 'the suite was not run'
}

/** Compiler errors and failing scenarios shown in the summary; the rest are counted. */
const SHOWN = 5

/**
 * The loop's summary. `shownEarlier`: the outcomes already printed under each operation (the
 * first round's listing); an ambiguous one that no round changed is named, not printed again.
 */
export function describeOfflineSummary(loop: OfflineLoopResult, shownEarlier: readonly OperationOutcome[] = []): string[] {
  const ours = loop.generate.implementations.filter((outcome) => !outcome.keptByHand)
  const byHand = loop.generate.implementations.filter((outcome) => outcome.keptByHand)
  const synthesised = ours.filter((outcome) => outcome.status === 'synthesised')
  const missing = ours.filter((outcome) => outcome.status !== 'synthesised' && outcome.status !== 'ambiguous')
  const ambiguous = ours.filter((outcome) => outcome.status === 'ambiguous')
  const suite = loop.evaluation?.suite
  const names = (outcomes: typeof ours) => outcomes.map((outcome) => outcome.name).join(', ')
  const green = suite ? `${suite.counts.passed}/${suite.counts.total} scenarios green` : 'suite not run'
  // Green counts from a round that does not compile would hide why the rest fails.
  const compileFailure = loop.evaluation && !loop.evaluation.typeCheck.compiles ? ', does not compile' : ''
  const lines = [
    `Summary: ${plural(loop.rounds.length, 'round')}, ${green}${compileFailure}, ${plural(synthesised.length, 'operation')} synthesised` +
      `${synthesised.length > 0 ? ` (${names(synthesised)})` : ''}` +
      `${ambiguous.length > 0 ? `, ${ambiguous.length} ambiguous (${names(ambiguous)})` : ''}` +
      `${byHand.length > 0 ? `, ${byHand.length} kept as edited by hand (${names(byHand)})` : ''}` +
      `, ${(loop.elapsedMs / 1000).toFixed(1)} s: ${STOP_REASONS[loop.stopReason]}.`
  ]
  if (loop.unchangedBy && loop.unchangedBy.length > 0) lines.push(`  tried without effect: ${loop.unchangedBy.join('; ')}`)
  const earlier = new Map(shownEarlier.map((outcome) => [outcome.name, describeOutcome(outcome).join('\n')]))
  const unchangedSinceShown = ambiguous.filter((outcome) => earlier.get(outcome.name) === describeOutcome(outcome).join('\n'))
  for (const outcome of ambiguous.filter((candidate) => !unchangedSinceShown.includes(candidate)))
    for (const line of describeOutcome(outcome)) lines.push(`  ${line}`)
  // Only a rule with a deciding row shown says where it is; one with none says that no row was found.
  const decided = (outcome: OperationOutcome) => outcome.distinguishingExamples !== undefined || outcome.decidingScenario !== undefined
  const asked = unchangedSinceShown.filter(decided)
  const unasked = unchangedSinceShown.filter((outcome) => !decided(outcome))
  if (asked.length > 0)
    lines.push(`  the examples that would decide ${names(asked)}: above, under ${pluralForm(asked.length, 'its', 'their')} rule`)
  if (unasked.length > 0)
    lines.push(`  ${names(unasked)}: no row found that would decide ${pluralForm(unasked.length, 'its', 'their')} rule (see above)`)
  for (const outcome of missing) lines.push(`  needs work: ${outcome.message}`)
  const evaluation = loop.evaluation
  if (evaluation && !evaluation.typeCheck.compiles) {
    const errors = evaluation.typeCheck.timedOut ? ['tsc --noEmit timed out'] : evaluation.typeCheck.errors
    lines.push(`  does not compile (tsc --noEmit, ${plural(errors.length, 'error')}):`)
    for (const error of errors.slice(0, SHOWN)) lines.push(`    ${error}`)
    if (errors.length > SHOWN) lines.push(`    … ${errors.length - SHOWN} more`)
  }
  // A suite that could not start has no failing scenarios to show: say why it did not run.
  if (suite?.runError && suite.counts.total === 0) {
    const refused = /permission: '(\w+)',\s*resource: '([^']*)'/.exec(suite.runError)
    const sandbox = refused ? ` (the sandbox refused ${refused[1]} of ${refused[2]}; see docs/verify.md, or run with --no-sandbox)` : ''
    lines.push(`  the suite did not run: ${suite.runError.split('\n')[0]}${sandbox}`)
  }
  // What still fails and why, so "not green" never comes without a reason.
  const failing = (suite?.scenarios ?? []).filter((scenario) => scenario.status !== 'passed')
  if (!loop.green && failing.length > 0) {
    lines.push(`  ${plural(failing.length, 'scenario')} not passing:`)
    for (const scenario of failing.slice(0, SHOWN)) {
      const step = scenario.failingStep ? `: ${scenario.failingStep.status} at "${scenario.failingStep.text}"` : `: ${scenario.status}`
      const message = scenario.errorMessage ? `: ${scenario.errorMessage.split('\n')[0].slice(0, 200)}` : ''
      lines.push(`    ${scenario.uri}:${scenario.line} ${scenario.name}${step}${message}`)
    }
    if (failing.length > SHOWN) lines.push(`    … ${failing.length - SHOWN} more`)
  }
  if (!loop.green && missing.some((outcome) => outcome.status === 'stateful' || outcome.status === 'no-rule'))
    lines.push('  To go further: specloop generate --generator openai (see README: generating with a model).')
  return lines
}

export function describeFreshness(freshness: GeneratedFreshness, profiles: string[]): string[] {
  if (freshness.stale.length === 0)
    return [`Generated files are fresh: ${plural(freshness.planned.decisions.length, 'file')} match what generate writes now.`]
  const command = `specloop generate${profiles.map((profile) => ` --profile ${profile}`).join('')}`
  const byHand = freshness.stale.filter((file) => file.why === 'edited by hand')
  const regenerable = freshness.stale.length - byHand.length
  const lines = [`Generated files are stale (${freshness.stale.length})${regenerable > 0 ? `: run ${command}` : ''}`]
  lines.push(...freshness.stale.map((file) => `  ${file.why}: ${file.path}`))
  // generate never overwrites a person's edit, so "run generate" alone cannot fix these.
  if (byHand.length > 0) {
    const them = pluralForm(byHand.length, 'it', 'them')
    lines.push(
      `  ${plural(byHand.length, 'file')} edited by hand: generate keeps ${them}. ` +
        'To keep the edit, delete the `// specloop-provenance:` line (the file is then yours);' +
        ` to hand ${them} back, restore ${them} from git, or delete ${them} together with the generated step files that import ${them},` +
        ` and run ${command}.`
    )
  }
  return lines
}

import { describeLedgerEntry, migrateProjectLedger, showLedger, verifyProjectLedger } from '../../index'
import type { LedgerMigrateResult, LedgerShowResult, LedgerVerifyResult } from '../../index'
import { formatError } from '../../errors'
import { writeJson, writeLine } from '../io'
import type { CliIo } from '../io'
import type { RegisterCommand } from '../command'
import { LEDGER_PATH, LEGACY_LEDGER_PATH } from '../../workspace'

export const registerLedger: RegisterCommand = (program, context) => {
  const ledger = program
    .command('ledger')
    .description(
      `the audit ledger (${LEDGER_PATH}/, one file per entry): verify it, show its entries, migrate a linear ${LEGACY_LEDGER_PATH}`
    )
  ledger
    .command('verify')
    .description(
      'check every path from the roots: no entry edited, removed or re-hashed, every anchor in specs.lock reached (exit 1 at the first fault)'
    )
    .action(() => {
      const globals = context.globals()
      const result = verifyProjectLedger({ cwd: globals.cwd })
      if (globals.format === 'json') writeJson(context.io.stdout, result)
      else printVerify(result, context.io.stdout)
      context.setExitCode(result.exitCode)
    })
  ledger
    .command('migrate')
    .description(
      `convert a linear ${LEGACY_LEDGER_PATH} into one file per entry (hashes kept, so anchors still hold), and record the migration`
    )
    .action(() => {
      const globals = context.globals()
      const result = migrateProjectLedger({ cwd: globals.cwd })
      if (globals.format === 'json') writeJson(context.io.stdout, result)
      else printMigrate(result, context.io.stdout)
      context.setExitCode(result.exitCode)
    })
  ledger
    .command('show')
    .description('the entries, each after those it follows, then by time: what ran, when, with which generator, and what it wrote')
    .option('--since <date>', 'only entries at or after this date (2026-12-01, or a date-time)')
    .action((options: { since?: string }) => {
      const globals = context.globals()
      const result = showLedger({ cwd: globals.cwd, since: options.since })
      if (globals.format === 'json') writeJson(context.io.stdout, result)
      else printShow(result, context.io)
      context.setExitCode(result.exitCode)
    })
}

function printVerify(result: LedgerVerifyResult, stdout: NodeJS.WritableStream): void {
  if (!result.valid) for (const error of result.errors) writeLine(stdout, formatError(error))
  else if (!result.exists) writeLine(stdout, `No ledger yet (${result.ledger}/): specloop generate starts one.`)
  else {
    const heads = result.heads > 1 ? ` (${result.heads} heads: merged branches, joined by the next entry)` : ''
    const anchors = result.anchored
      ? ` and reaches ${result.anchored === 1 ? 'the anchor' : `all ${result.anchored} anchors`} in specs.lock`
      : ''
    const where = result.legacy ? LEGACY_LEDGER_PATH : `${result.ledger}/`
    writeLine(stdout, `${where}: ${result.entries} ${result.entries === 1 ? 'entry' : 'entries'}, every path holds${heads}${anchors}.`)
    for (const warning of result.warnings) writeLine(stdout, `warning: ${formatError(warning)}`)
  }
}

function printMigrate(result: LedgerMigrateResult, stdout: NodeJS.WritableStream): void {
  if (result.errors.length > 0) for (const error of result.errors) writeLine(stdout, formatError(error))
  else if (result.recorded.length === 0) writeLine(stdout, `Nothing to migrate: no ${LEGACY_LEDGER_PATH}.`)
  else
    writeLine(
      stdout,
      `Migrated ${result.migrated} ${result.migrated === 1 ? 'entry' : 'entries'} into ${result.ledger}/ (hashes ` +
        `unchanged); recorded: ${result.recorded.map(describeLedgerEntry).join('; ')}.`
    )
}

function printShow(result: LedgerShowResult, io: CliIo): void {
  if (result.errors.length > 0) for (const error of result.errors) writeLine(io.stderr, `specloop ledger show: ${formatError(error)}`)
  else if (result.entries.length === 0) writeLine(io.stdout, 'No entries.')
  else for (const entry of result.entries) writeLine(io.stdout, describeLedgerEntry(entry))
}

import { describeLedgerEntry, migrateProjectLedger, showLedger, verifyProjectLedger } from '../../index'
import { formatError } from '../../errors'
import { writeJson, writeLine } from '../io'
import type { RegisterCommand } from '../command'
import { LEDGER_PATH, LEGACY_LEDGER_PATH } from '../../workspace'
import { plural, pluralForm } from '../../text'

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
      const { io } = context
      const result = verifyProjectLedger({ cwd: globals.cwd })
      if (globals.format === 'json') writeJson(io.stdout, result)
      else if (!result.valid) for (const error of result.errors) writeLine(io.stdout, formatError(error))
      else if (!result.exists) writeLine(io.stdout, `No ledger yet (${result.ledger}/): specloop generate starts one.`)
      else {
        const heads = result.heads > 1 ? ` (${result.heads} heads: merged branches, joined by the next entry)` : ''
        const anchors = result.anchored
          ? ` and reaches ${pluralForm(result.anchored, 'the anchor', `all ${result.anchored} anchors`)} in specs.lock`
          : ''
        writeLine(
          io.stdout,
          `${result.legacy ? LEGACY_LEDGER_PATH : `${result.ledger}/`}: ${plural(result.entries, 'entry', 'entries')}, every path holds${heads}${anchors}.`
        )
        for (const warning of result.warnings) writeLine(io.stdout, `warning: ${formatError(warning)}`)
      }
      context.setExitCode(result.exitCode)
    })
  ledger
    .command('migrate')
    .description(
      `convert a linear ${LEGACY_LEDGER_PATH} into one file per entry (hashes kept, so anchors still hold), and record the migration`
    )
    .action(() => {
      const globals = context.globals()
      const { io } = context
      const result = migrateProjectLedger({ cwd: globals.cwd })
      if (globals.format === 'json') writeJson(io.stdout, result)
      else if (result.errors.length > 0) for (const error of result.errors) writeLine(io.stdout, formatError(error))
      else if (result.recorded.length === 0) writeLine(io.stdout, `Nothing to migrate: no ${LEGACY_LEDGER_PATH}.`)
      else
        writeLine(
          io.stdout,
          `Migrated ${plural(result.migrated, 'entry', 'entries')} into ${result.ledger}/ (hashes unchanged); recorded: ${result.recorded.map(describeLedgerEntry).join('; ')}.`
        )
      context.setExitCode(result.exitCode)
    })
  ledger
    .command('show')
    .description('the entries, each after those it follows, then by time: what ran, when, with which generator, and what it wrote')
    .option('--since <date>', 'only entries at or after this date (2026-12-01, or a date-time)')
    .action((options: { since?: string }) => {
      const globals = context.globals()
      const { io } = context
      const result = showLedger({ cwd: globals.cwd, since: options.since })
      if (globals.format === 'json') writeJson(io.stdout, result)
      else if (result.errors.length > 0)
        for (const error of result.errors) writeLine(io.stderr, `specloop ledger show: ${formatError(error)}`)
      else if (result.entries.length === 0) writeLine(io.stdout, 'No entries.')
      else for (const entry of result.entries) writeLine(io.stdout, describeLedgerEntry(entry))
      context.setExitCode(result.exitCode)
    })
}

import { describeLedgerEntry, showLedger, verifyProjectLedger } from '../../index'
import { formatError } from '../../errors'
import { writeJson, writeLine } from '../io'
import type { RegisterCommand } from '../command'
import { LEDGER_PATH } from '../../workspace'

export const registerLedger: RegisterCommand = (program, context) => {
  const ledger = program.command('ledger').description(`the audit ledger (${LEDGER_PATH}): verify its chain, show its entries`)
  ledger
    .command('verify')
    .description('check that no entry was edited, removed, reordered or cut: exit 1 at the first line that breaks the chain')
    .action(() => {
      const globals = context.globals()
      const { io } = context
      const result = verifyProjectLedger({ cwd: globals.cwd })
      if (globals.format === 'json') writeJson(io.stdout, result)
      else if (!result.valid) for (const error of result.errors) writeLine(io.stdout, formatError(error))
      else if (!result.exists) writeLine(io.stdout, `No ledger yet (${result.ledger}): specloop generate starts one.`)
      else writeLine(io.stdout, `${result.ledger}: ${result.entries} ${result.entries === 1 ? 'entry' : 'entries'}, the chain holds${result.anchored ? ` and reaches the anchor in specs.lock (entry #${result.anchored})` : ''}.`)
      context.setExitCode(result.exitCode)
    })
  ledger
    .command('show')
    .description('the entries, oldest first: what ran, when, with which generator, and what it wrote')
    .option('--since <date>', 'only entries at or after this date (2026-12-01, or a date-time)')
    .action((options: { since?: string }) => {
      const globals = context.globals()
      const { io } = context
      const result = showLedger({ cwd: globals.cwd, since: options.since })
      if (globals.format === 'json') writeJson(io.stdout, result)
      else if (result.errors.length > 0) for (const error of result.errors) writeLine(io.stderr, `specloop ledger show: ${formatError(error)}`)
      else if (result.entries.length === 0) writeLine(io.stdout, 'No entries.')
      else for (const entry of result.entries) writeLine(io.stdout, describeLedgerEntry(entry))
      context.setExitCode(result.exitCode)
    })
}

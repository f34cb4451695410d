import fs from 'node:fs'
import path from 'node:path'
import { specloopError } from '../errors'
import type { GateFinding } from '../governance'

const ESLINT_CONFIGS = [
  'eslint.config.js',
  'eslint.config.mjs',
  'eslint.config.cjs',
  'eslint.config.ts',
  'eslint.config.mts',
  'eslint.config.cts'
]

type LintMessage = { severity: number; message: string; ruleId: string | null; line?: number; column?: number }
type LintResult = { filePath: string; messages: LintMessage[] }
interface ESLintClass {
  new (options: { cwd: string; overrideConfigFile?: boolean; overrideConfig?: unknown[] }): {
    lintFiles(files: string[]): Promise<LintResult[]>
  }
}

/** A module as the project resolves it (its own install), or undefined when it has none. */
function projectModule<T>(cwd: string, name: string): T | undefined {
  try {
    return require(require.resolve(name, { paths: [cwd] })) as T
  } catch {
    return undefined
  }
}

/**
 * specloop's default set, for a project with no ESLint configuration of its own: ESLint's and
 * typescript-eslint's recommended rules, plus the rules that keep strings from becoming code.
 * Built from the project's own installs (optional peers of specloop).
 */
function defaultLintConfig(cwd: string): unknown[] | undefined {
  const tseslint = projectModule<{ configs: { recommended: unknown[] } }>(cwd, 'typescript-eslint')
  const js = projectModule<{ configs: { recommended: unknown } }>(cwd, '@eslint/js')
  if (!tseslint) return undefined
  return [
    ...(js ? [js.configs.recommended] : []),
    ...tseslint.configs.recommended,
    { rules: { 'no-eval': 'error', 'no-implied-eval': 'error', 'no-new-func': 'error' } }
  ]
}

interface LintOutcome {
  ran: boolean
  note: string
  findings: GateFinding[]
}

/** The project's own ESLint (flat config) over the generated files, or specloop's default set when it has none. */
export async function lintFindings(cwd: string, files: string[]): Promise<LintOutcome> {
  const config = ESLINT_CONFIGS.find((name) => fs.existsSync(path.join(cwd, name)))
  const eslint = projectModule<{ ESLint: ESLintClass }>(cwd, 'eslint')
  if (!eslint)
    return {
      ran: false,
      note: config
        ? `${config} is there but eslint is not installed in the project`
        : "eslint is not installed (npm i -D eslint typescript-eslint for specloop's default set)",
      findings: []
    }
  const fallback = config ? undefined : defaultLintConfig(cwd)
  if (!config && !fallback)
    return {
      ran: false,
      note: "no ESLint flat config (eslint.config.*) in the project, and typescript-eslint is not installed for specloop's default set",
      findings: []
    }
  const what = config ?? "specloop's default set (eslint and typescript-eslint recommended)"
  if (files.length === 0) return { ran: true, note: `${what}: no generated files`, findings: [] }
  try {
    const linter = config ? new eslint.ESLint({ cwd }) : new eslint.ESLint({ cwd, overrideConfigFile: true, overrideConfig: fallback })
    return lintOutcome(cwd, what, files, await linter.lintFiles(files))
  } catch (thrown) {
    return {
      ran: true,
      note: what,
      findings: [
        {
          ...specloopError('GATE_LINT', `ESLint could not lint the generated files: ${(thrown as Error).message.split('\n')[0]}`, {
            file: config ?? 'generated'
          }),
          check: 'lint'
        }
      ]
    }
  }
}

/** ESLint's results as findings: the files it did not cover, then its errors. */
function lintOutcome(cwd: string, what: string, files: string[], results: LintResult[]): LintOutcome {
  const relative = (file: string) => path.relative(cwd, file).split(path.sep).join('/')
  // A file the configuration does not cover is reported as ignored (a warning), not linted: not "ok".
  const uncovered = results.filter((file) =>
    file.messages.some((message) => message.ruleId === null && /^File ignored/.test(message.message))
  )
  const findings = uncovered.map((file): GateFinding => ({
    ...specloopError(
      'GATE_LINT',
      `${what} does not cover this file: ESLint did not lint it`,
      { file: relative(file.filePath) },
      'add an entry for TypeScript files (files: ["**/*.ts"], with typescript-eslint\'s configs) to the ESLint configuration'
    ),
    check: 'lint'
  }))
  findings.push(
    ...results.flatMap((file) =>
      file.messages.filter((message) => message.severity === 2).map((message) => lintErrorFinding(relative(file.filePath), message))
    )
  )
  return { ran: true, note: `${what}: ${files.length - uncovered.length} of ${files.length} files linted`, findings }
}

/** One ESLint error; a parsing error says how to let ESLint read TypeScript. */
function lintErrorFinding(file: string, message: LintMessage): GateFinding {
  return {
    ...specloopError('GATE_LINT', `${message.message}${message.ruleId ? ` (${message.ruleId})` : ''}`, {
      file,
      ...(message.line ? { line: message.line } : {}),
      ...(message.column ? { column: message.column } : {})
    }),
    ...(message.ruleId === null && /^Parsing error/.test(message.message)
      ? {
          hint: "ESLint cannot parse TypeScript with this configuration: add typescript-eslint's configs (its parser) for .ts files"
        }
      : {}),
    check: 'lint' as const
  }
}

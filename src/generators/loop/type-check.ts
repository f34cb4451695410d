import fs from 'node:fs'
import path from 'node:path'
import { runChild } from '../../processes'
import { relativise, trimText } from './run-suite'

export interface TypeCheckResult {
  /** False when there is no tsconfig.json: nothing was checked. */
  checked: boolean
  compiles: boolean
  /** `file:line:col: TSxxxx message`, deduplicated, in the compiler's order. */
  errors: string[]
  timedOut: boolean
  durationMs: number
}

function resolveTypeScriptCompiler(cwd: string): string {
  try {
    return require.resolve('typescript/bin/tsc', { paths: [cwd] })
  } catch {
    return require.resolve('typescript/bin/tsc')
  }
}

/** Runs `tsc --noEmit -p <project>` with the project's own typescript (specloop's when it has none). */
export async function typeCheck(options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number }): Promise<TypeCheckResult> {
  if (!fs.existsSync(path.join(options.cwd, 'tsconfig.json')))
    return { checked: false, compiles: true, errors: [], timedOut: false, durationMs: 0 }
  const child = await runChild(
    process.execPath,
    [resolveTypeScriptCompiler(options.cwd), '--noEmit', '-p', options.cwd, '--pretty', 'false'],
    options
  )
  if (child.timedOut)
    return {
      checked: true,
      compiles: false,
      errors: [`tsc did not finish within ${Math.round(options.timeoutMs / 1000)} s`],
      timedOut: true,
      durationMs: child.durationMs
    }
  // TS18003 "No inputs were found": nothing is written yet, so there is nothing that fails to compile.
  const errors = parseCompilerOutput(relativise(child.stdout + child.stderr, options.cwd)).filter((error) => !error.startsWith('TS18003 '))
  const compiles = child.exitCode === 0 || errors.length === 0
  if (child.exitCode !== 0 && errors.length === 0 && !/TS18003/.test(child.stdout))
    errors.push(trimText((child.stdout + child.stderr).trim() || `tsc exited with code ${child.exitCode}`, 2000))
  return { checked: true, compiles: compiles && errors.length === 0, errors, timedOut: false, durationMs: child.durationMs }
}

/**
 * Pure: tsc's `--pretty false` output (`file(line,col): error TS2322: message`, continuation
 * lines indented) to `file:line:col: TS2322 message`, each distinct error once.
 */
export function parseCompilerOutput(output: string): string[] {
  const errors: string[] = []
  let current: string | undefined
  const flush = () => {
    if (current !== undefined && !errors.includes(current)) errors.push(current)
    current = undefined
  }
  for (const line of output.split('\n')) {
    const located = /^(.+)\((\d+),(\d+)\): error (TS\d+): (.*)$/.exec(line)
    const global = /^error (TS\d+): (.*)$/.exec(line)
    if (located) {
      flush()
      current = `${located[1]}:${located[2]}:${located[3]}: ${located[4]} ${located[5]}`
    } else if (global) {
      flush()
      current = `${global[1]} ${global[2]}`
    } else if (current !== undefined && /^\s+\S/.test(line)) {
      current += ` ${line.trim()}`
    } else {
      flush()
    }
  }
  flush()
  return errors
}

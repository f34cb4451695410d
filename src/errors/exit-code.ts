import { decideExitCode } from '../../generated/src/decideExitCode'

/**
 * The one exit-code rule of every command: 2 when it could not do its work (bad usage, an
 * unreadable project, a crash), 1 when it did and the result is not clean or not green, 0
 * otherwise. The rule is specified by example in features/rules/check-exit-code.feature and
 * synthesised by specloop itself (generated/src/decideExitCode.ts).
 */
export type ExitCode = 0 | 1 | 2

export function exitCodeOf(outcome: { couldNotRun: boolean | number; problems: boolean | number }): ExitCode {
  return decideExitCode(Number(outcome.couldNotRun), Number(outcome.problems)) as ExitCode
}

/** A command made of steps exits with the worst of its steps' codes. */
export function worstExitCode(...codes: number[]): ExitCode {
  return Math.max(0, ...codes) as ExitCode
}

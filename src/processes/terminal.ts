/** Whether the environment says this is CI (`CI=false` and `CI=0` say it is not). */
export function inCi(env: NodeJS.ProcessEnv): boolean {
  const ci = env.CI
  return Boolean(ci) && ci !== 'false' && ci !== '0'
}

/**
 * Colour for output that goes to a terminal, never in CI or through a pipe; NO_COLOR turns it
 * off and FORCE_COLOR (0 or not) decides it, as in cucumber-js and most command-line tools.
 */
export function colourWanted(stream: unknown, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR !== undefined) return false
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false'
  return (stream as { isTTY?: boolean } | undefined)?.isTTY === true && !inCi(env)
}

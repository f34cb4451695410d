/** Whether the environment says this is CI (`CI=false` and `CI=0` say it is not). */
export function inCi(env: NodeJS.ProcessEnv): boolean {
  const ci = env.CI
  return Boolean(ci) && ci !== 'false' && ci !== '0'
}

/** Colour for output that goes to a terminal: never in CI, through a pipe, or under NO_COLOR. */
export function colourWanted(stream: unknown, env: NodeJS.ProcessEnv): boolean {
  return (stream as { isTTY?: boolean } | undefined)?.isTTY === true && !inCi(env) && env.NO_COLOR === undefined
}

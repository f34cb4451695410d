import type * as TypeScript from 'typescript'

let loaded: typeof TypeScript | undefined

/**
 * The TypeScript compiler API, loaded on first use: loading it costs about a quarter of a
 * second, and only some paths of generate and verify need it, so no other command pays for it.
 */
export function compiler(): typeof TypeScript {
  loaded ??= require('typescript') as typeof TypeScript
  return loaded
}

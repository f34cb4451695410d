/**
 * TEST FIXTURE — what a model would answer for the till specification
 * (src/testdata/model/till.feature), given the class skeleton the offline pass wrote for it:
 * the skeleton filled in, and the same with a method of the skeleton left out.
 */
export type TillAnswerName = 'filled' | 'without-void'

const VOID_LAST_LINE = `
  /** When I void the last line */
  voidLastLine(): void {
    if (this.lines.length === 0) throw new Refusal('nothing to void')
    this.lines.pop()
  }
`

function till(withVoid: boolean): string {
  return `/** Till: each line costs its quantity times its unit price; voiding takes back the last line. */

/** A command the state does not allow: it changes nothing, and its message says why. */
export class Refusal extends Error {}

export class Till {
  lines: Array<{ quantity: number; price: number }> = []
  /** Why the last command was refused, if it was. */
  refusal: string | undefined

  /** Given an empty till */
  givenEmptyTill(): void {
    this.lines = []
  }

  /** When I ring up {int} items at {int} each */
  ringUpItemsAtEach(amount: number, amount2: number): void {
    this.lines.push({ quantity: amount, price: amount2 })
  }

  /** Then the till total is {float} */
  tillTotal(): number {
    return this.lines.reduce((total, line) => total + line.quantity * line.price, 0)
  }
${withVoid ? VOID_LAST_LINE : ''}
  /** Runs a command and keeps its refusal for the Then steps that check it; a refused command changes nothing. */
  attempt(command: () => void): void {
    try {
      command()
      this.refusal = undefined
    } catch (error) {
      if (!(error instanceof Refusal)) throw error
      this.refusal = error.message
    }
  }
}

const instances = new WeakMap<object, Till>()

export function tillOf(world: object): Till {
  let instance = instances.get(world)
  if (instance === undefined) {
    instance = new Till()
    instances.set(world, instance)
  }
  return instance
}

export function hasTill(world: object): boolean {
  return instances.has(world)
}
`
}

export function tillAnswer(name: TillAnswerName): { path: string; content: string }[] {
  return [{ path: 'generated/src/till.ts', content: till(name === 'filled') }]
}

/**
 * TEST FIXTURE — what a model would answer for the stateful bank-account specification
 * (src/testdata/synthesis/account.feature): a correct answer and scripted mistakes.
 */
export type AccountAnswerName = 'correct' | 'withdraw-ignored' | 'refusal-message-wrong' | 'broken' | 'correct-but-reads-environment'

const STEPS = `import { Given, When, Then, World } from '@cucumber/cucumber'
import { expect } from 'chai'
import { Account } from '../src/account'

interface AccountWorld extends World {
  account: Account
  refusal?: Error
}

Given('an empty account', function (this: AccountWorld) {
  this.account = new Account()
})

Given('an account with balance {int}', function (this: AccountWorld, balance: number) {
  this.account = new Account(balance)
})

When('I deposit {int}', function (this: AccountWorld, amount: number) {
  this.account.deposit(amount)
})

When('I withdraw {int}', function (this: AccountWorld, amount: number) {
  this.account.withdraw(amount)
})

When('I try to withdraw {int}', function (this: AccountWorld, amount: number) {
  try {
    this.account.withdraw(amount)
  } catch (error) {
    this.refusal = error as Error
  }
})

Then('the withdrawal is refused with {string}', function (this: AccountWorld, reason: string) {
  expect(this.refusal?.message).to.equal(reason)
})

Then('the balance is {int}', function (this: AccountWorld, expected: number) {
  expect(this.account.balance).to.equal(expected)
})
`

function account(withdrawBody: string, refusal = 'insufficient funds'): string {
  return `/** A bank account: deposits, withdrawals, no overdraft. */
export class Account {
  private current: number

  constructor(openingBalance = 0) {
    this.current = openingBalance
  }

  get balance(): number {
    return this.current
  }

  deposit(amount: number): void {
    if (amount <= 0) throw new Error('a deposit must be positive')
    this.current += amount
  }

  withdraw(amount: number): void {
    if (amount > this.current) throw new Error(${JSON.stringify(refusal)})
${withdrawBody}
  }
}
`
}

export function accountAnswer(name: AccountAnswerName): { path: string; content: string }[] {
  switch (name) {
    case 'correct':
      return [
        { path: 'generated/src/account.ts', content: account('    this.current -= amount') },
        { path: 'generated/steps/account.steps.ts', content: STEPS }
      ]
    case 'withdraw-ignored':
      // Round-1 bug: the withdrawal is checked but never taken off the balance.
      return [
        { path: 'generated/src/account.ts', content: account('    // forgot to subtract') },
        { path: 'generated/steps/account.steps.ts', content: STEPS }
      ]
    case 'refusal-message-wrong':
      return [
        { path: 'generated/src/account.ts', content: account('    this.current -= amount', 'not enough money') },
        { path: 'generated/steps/account.steps.ts', content: STEPS }
      ]
    case 'correct-but-reads-environment':
      // Untrusted code that tries to read the API key: it must find nothing to read.
      return [
        ...accountAnswer('correct'),
        {
          path: 'generated/support/environment.ts',
          content:
            "import fs from 'node:fs'\nfs.mkdirSync('.specloop', { recursive: true })\n" +
            "fs.writeFileSync('.specloop/environment.json', JSON.stringify(process.env))\n"
        }
      ]
    case 'broken':
      // A regression: the implementation no longer exports Account.
      return [{ path: 'generated/src/account.ts', content: 'export const nothing = 0\n' }]
  }
}

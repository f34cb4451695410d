import { test } from 'node:test'
import assert from 'node:assert/strict'
import { compiler } from '../../compiler'
import {
  baseVerb,
  camelCase,
  isIdentifierPart,
  isIdentifierStart,
  NameRegistry,
  operationNameFromWhen,
  parameterNameFromContext,
  toIdentifier,
  withoutAlternatives,
  wordsOf
} from './naming'

const operationName = (text: string) => operationNameFromWhen(wordsOf(text))

test('When steps name their operation: questions, passives and actors', () => {
  const expected: Record<string, string> = {
    'the shipping cost is calculated': 'calculateShippingCost',
    'I check whether it is a leap year': 'isLeapYear',
    'I check whether it is even': 'isEven',
    'they are added': 'add',
    'it is converted to Fahrenheit': 'convertToFahrenheit',
    'the discount is applied': 'applyDiscount',
    'it is said in FizzBuzz': 'sayInFizzBuzz',
    'the full name is formatted': 'formatFullName',
    'the score is graded': 'gradeScore',
    'the largest is picked': 'pickLargest',
    'I deposit ': 'deposit',
    'I try to withdraw ': 'tryToWithdraw',
    'the order is placed for the customer': 'placeOrderForCustomer',
    'I ask if the user can vote': 'canVote',
    'the user logs in': 'userLogsIn',
    "it's shipped": 'itsShipped',
    'the end time is worked out': 'workOutEndTime',
    'the lights are switched off at night': 'switchOffLightsAtNight',
    'the parcel is picked up': 'pickUpParcel'
  }
  for (const [text, name] of Object.entries(expected)) assert.equal(operationName(text), name, text)
})

test('participles and gerunds become base verbs', () => {
  const expected: Record<string, string> = {
    renamed: 'rename',
    welcomed: 'welcome',
    dreamed: 'dream',
    calculated: 'calculate',
    applied: 'apply',
    formatted: 'format',
    said: 'say',
    added: 'add',
    graded: 'grade',
    picked: 'pick',
    converted: 'convert',
    computed: 'compute',
    stored: 'store',
    saved: 'save',
    parsed: 'parse',
    created: 'create',
    updated: 'update',
    validated: 'validate',
    shipped: 'ship',
    billed: 'bill',
    placed: 'place',
    charged: 'charge',
    compared: 'compare',
    divided: 'divide',
    normalized: 'normalize',
    enabled: 'enable',
    checked: 'check',
    passed: 'pass',
    processed: 'process',
    released: 'release',
    adding: 'add',
    running: 'run',
    using: 'use',
    calculating: 'calculate',
    withdrawn: 'withdraw',
    deleted: 'delete',
    typed: 'type',
    escaped: 'escape',
    included: 'include',
    combined: 'combine',
    rounded: 'round',
    counted: 'count',
    submitted: 'submit',
    red: 'red',
    described: 'describe',
    subscribed: 'subscribe',
    cubed: 'cube',
    judged: 'judge',
    decided: 'decide',
    rubbed: 'rub',
    titled: 'title',
    handled: 'handle',
    settled: 'settle',
    cycling: 'cycle',
    curled: 'curl',
    howled: 'howl'
  }
  for (const [word, base] of Object.entries(expected)) assert.equal(baseVerb(word), base, word)
})

test('parameters are named after the word before their value, else after it', () => {
  assert.equal(parameterNameFromContext('the year ', ''), 'year')
  assert.equal(parameterNameFromContext('a basket with ', ' apples'), 'apples')
  assert.equal(parameterNameFromContext('the sum is ', ''), 'sum')
  assert.equal(parameterNameFromContext('a parcel weighing ', ' kg'), 'kg')
  assert.equal(parameterNameFromContext('a visitor named ', ''), 'visitor')
  assert.equal(parameterNameFromContext(', ', ' and '), undefined)
  // An item of a list: the word before it ends the item before.
  assert.equal(parameterNameFromContext(' red bricks, ', ' blue bricks and '), 'blue')
})

test('identifiers are valid, not reserved, and cut at a word when long', () => {
  assert.equal(toIdentifier('delete', 'operation'), 'deleteOperation')
  assert.equal(toIdentifier('number', 'number'), 'numberValue')
  assert.equal(toIdentifier('type', 'text'), 'typeText')
  assert.equal(toIdentifier('3rdParty', 'value'), 'value3rdParty')
  assert.equal(toIdentifier('', 'value'), 'value')
  assert.equal(toIdentifier('日本語', 'value'), '日本語')
  // U+A7D4 is a letter to Node's regular expressions but not to TypeScript 5.9's scanner.
  assert.equal(camelCase(['x\uA7D4y', 'café']), 'xyCafé')
  // ...and "ꟕ" upper-cased is U+A7D4: the case is not changed then.
  assert.equal(camelCase(['actual', '\uA7D5']), 'actual\uA7D5')
  const long = toIdentifier('theVeryLongNameOfAnOperationThatGoesOnAndOnForeverAndEver', 'operation', 30)
  assert.ok(long.length <= 30 && /^theVeryLong/.test(long), long)
  assert.doesNotMatch(toIdentifier('a😀b'.repeat(20), 'x', 7), /[\uD800-\uDBFF]$/)
})

test('a name registry hands out unique names, case-insensitively for file names', () => {
  const names = new NameRegistry(true, ['then'])
  assert.deepEqual(
    [names.claim('isEven'), names.claim('IsEven'), names.claim('then'), names.claim('isEven')],
    ['isEven', 'IsEven2', 'then2', 'isEven3']
  )
})

test('identifier characters: ASCII answered as TypeScript answers it, without loading it', () => {
  const ts = compiler()
  for (let code = 0; code < 0x80; code++) {
    const character = String.fromCharCode(code)
    assert.equal(isIdentifierStart(character), ts.isIdentifierStart(code, ts.ScriptTarget.ES2022), `start ${code}`)
    assert.equal(isIdentifierPart(character), ts.isIdentifierPart(code, ts.ScriptTarget.ES2022), `part ${code}`)
  }
  // Beyond ASCII TypeScript decides: newer Unicode than it knows is no identifier character.
  assert.equal(isIdentifierPart('é'), true)
  assert.equal(isIdentifierPart('\ua7d4'), false)
})

test('a name leaves out optional text and pronoun alternatives, and keeps the plural of other alternatives', () => {
  const named = (text: string) => operationName(withoutAlternatives(text))
  assert.equal(named('the member cancels his/her/their booking'), 'memberCancelsBooking')
  assert.equal(named('the person/people step(s) out'), 'peopleStepOut')
  assert.equal(named('the parcel is/are weighed'), 'weighParcel')
})

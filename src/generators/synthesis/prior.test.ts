import { test } from 'node:test'
import assert from 'node:assert/strict'
import { OPERATORS, OPERATOR_NAMES } from './operators'
import { Prior, namedNumbers } from './prior'
import { apply, constant, input, print } from './program'

test('round numbers cost less than others, numbers the feature names least', () => {
  const prior = new Prior({ text: 'Orders of 75 or more ship free', inputs: 1 })
  assert.ok(prior.numberBits(90) < prior.numberBits(89))
  assert.ok(prior.numberBits(100) < prior.numberBits(137))
  assert.ok(prior.numberBits(75) < prior.numberBits(70), 'mentioned')
  assert.ok(prior.numberBits(1.25) > prior.numberBits(1))
})

test('number words and units imply numbers: odd is about 2, percent about 100, hours about 60', () => {
  const prior = new Prior({ text: 'telling odd numbers, shown as a percentage of the hours', inputs: 1 })
  for (const value of [2, 100, 60]) assert.equal(prior.isMentioned(value), true, String(value))
  assert.equal(prior.isMentioned(7), false)
})

test('the words of the step lower the cost of the operators they name, a little', () => {
  const plain = new Prior({ text: 'the result', inputs: 2 })
  const cued = new Prior({ text: 'the difference between the two readings', inputs: 2 })
  assert.ok(cued.operatorBits('subtract') < plain.operatorBits('subtract'))
  assert.ok(plain.operatorBits('subtract') - cued.operatorBits('subtract') <= 2)
  // Divisibility needs evidence: without a word for it, it costs more.
  assert.ok(plain.operatorBits('divisibleBy') > new Prior({ text: 'every third day', inputs: 1 }).operatorBits('divisibleBy'))
})

test('a program costs its parts; the table of the examples costs more than a rule that explains it', () => {
  const prior = new Prior({ text: '', inputs: 1 })
  const rule = apply('multiply', input('n', 'number'), constant(2))
  assert.equal(prior.bits(rule), prior.operatorBits('multiply') + prior.inputBits + prior.numberBits(2))
  const rows = [1, 2, 3, 10, 25].map((n) => ({ inputs: [n], output: n * 2 }))
  assert.ok(prior.bits(rule) < 0.2 * prior.tableBits(rows))
})

test('every registered operator has a meaning, a TypeScript form and a cost', () => {
  for (const name of OPERATOR_NAMES) {
    const spec = OPERATORS[name]
    assert.ok(spec.bits > 0, name)
    assert.equal(typeof spec.apply, 'function', name)
    const rendered = spec.render(spec.arguments.map((_, index) => ({ text: `x${index}`, precedence: 9 })))
    assert.ok(rendered.text.length > 0, name)
  }
  assert.equal(print(apply('concat', apply('toText', input('n', 'number')), constant(' days'))).text, '`${n} days`')
  assert.equal(print(apply('not', apply('divisibleBy', input('year', 'number'), constant(100)))).text, 'year % 100 !== 0')
})

test('a number the words name as a count of characters is a length: "the first ten characters", "at most 3 letters"', () => {
  assert.deepEqual([...new Prior({ text: 'The code is the first ten characters of the name', inputs: 1 }).lengths], [10])
  assert.deepEqual([...new Prior({ text: 'A tag has at most 3 letters; orders of 50 ship free', inputs: 1 }).lengths], [3])
  assert.deepEqual([...new Prior({ text: 'Passwords of 12 lower-case letters', inputs: 1 }).lengths], [12])
  assert.deepEqual([...new Prior({ text: 'Orders of 50 or more ship free within 3 days', inputs: 1 }).lengths], [])
})

test('three different inputs of a set operator are named as one set, not one by one', () => {
  const prior = new Prior({ text: '', inputs: 3 })
  const [a, b, c] = ['a', 'b', 'c'].map((name) => input(name, 'number'))
  assert.equal(prior.inputSetBits([a!, b!, c!]), 1)
  assert.equal(prior.bits(apply('lowestOfThree', a!, b!, c!)), prior.operatorBits('lowestOfThree') + 1)
  assert.equal(prior.inputSetBits([a!, a!, c!]), undefined, 'the same input twice is no set')
  assert.equal(prior.inputSetBits([a!, b!]), undefined)
  assert.equal(new Prior({ text: '', inputs: 5 }).inputSetBits([a!, b!, c!]), 1 + Math.log2(10))
})

test('"every" speaks of a cycle only before a count or an ordinal: "every fourth bucket", not "every medical question"', () => {
  const quantifier = new Prior({ text: 'who answered no to every medical question', inputs: 1 })
  assert.equal(quantifier.operatorBits('divisibleBy'), OPERATORS.divisibleBy.bits + OPERATORS.divisibleBy.uncuedBits)
  for (const text of ['every fourth bucket is free', 'a reminder every 15 minutes', 'cleaned every other day']) {
    const cycle = new Prior({ text, inputs: 1 })
    assert.ok(cycle.operatorBits('divisibleBy') < OPERATORS.divisibleBy.bits, text)
  }
})

test('factors said in words are numbers the feature names: "time and a half", "half as much again"', () => {
  assert.ok(new Prior({ text: 'Sunday shifts are paid time and a half.', inputs: 2 }).mentioned.has(1.5))
  assert.ok(new Prior({ text: 'Urgent jobs cost half as much again.', inputs: 2 }).mentioned.has(1.5))
  assert.ok(new Prior({ text: 'Children pay one and a half times less.', inputs: 2 }).mentioned.has(1.5))
  assert.ok(!new Prior({ text: 'Half the seats are free; ask again tomorrow.', inputs: 2 }).mentioned.has(1.5))
})

test('durations the words give in hours are named as minutes too: "three hours" is 180, "each started half hour" 30', () => {
  const named = namedNumbers('A booking covers up to three hours of music for 240.00. After that, each started half hour costs 35.00.')
  assert.ok(named.has(180) && named.has(30), [...named].join(', '))
  const more = namedNumbers('a quarter of an hour, 2 hours, half an hour, a 1.5-hour slot')
  for (const minutes of [15, 120, 30, 90]) assert.ok(more.has(minutes), `${minutes} in ${[...more].join(', ')}`)
  // Written numbers only: no durations read.
  assert.ok(!namedNumbers('three hours', { writtenOnly: true }).has(180))
})

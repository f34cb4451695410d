import { test } from 'node:test'
import assert from 'node:assert/strict'
import { apply, conditional, constant, input } from './program'
import { SHORT_RULE_CHARS, answersOf, readableRule, shortRules } from './questions'

const left = input('left', 'string')
const due = input('due', 'string')
const minutesLeft = apply('clockValue', left)
const minutesDue = apply('clockValue', due)

/** `left % divisor < 2 ? 'on time' : <a long late-or-early text>`. */
function busLog(divisor: ReturnType<typeof constant> | typeof minutesDue) {
  const late = apply('concat', apply('toText', apply('subtract', minutesLeft, minutesDue)), constant(' min late'))
  const early = apply('concat', apply('toText', apply('subtract', minutesDue, minutesLeft)), constant(' min early'))
  return conditional(
    apply('less', apply('remainder', minutesLeft, divisor), constant(2)),
    constant('on time'),
    conditional(apply('less', minutesDue, minutesLeft), late, early)
  )
}

test('a long reading of an input is named once as a call, a short operator is written as TypeScript', () => {
  assert.equal(readableRule(apply('add', minutesLeft, constant(5))), 'clockValue(left) + 5')
  assert.equal(readableRule(apply('add', input('a', 'number'), constant(5))), 'a + 5')
})

test('rules that fit are shown whole', () => {
  const rules = [apply('greater', input('n', 'number'), constant(10)), apply('divisibleBy', input('n', 'number'), constant(15))]
  assert.deepEqual(shortRules(rules), ['n > 10', 'n % 15 === 0'])
})

test('long rules that differ in one condition show that condition, with an ellipsis for the rest', () => {
  const shorts = shortRules([busLog(constant(60)), busLog(minutesDue)])
  assert.deepEqual(shorts, ['… clockValue(left) % 60 < 2 …', '… clockValue(left) % clockValue(due) < 2 …'])
})

test('long rules that differ everywhere are cut to the bound', () => {
  const shorts = shortRules([busLog(constant(60)), apply('toText', apply('subtract', minutesLeft, minutesDue))])
  assert.ok(shorts.every((short) => short.length <= SHORT_RULE_CHARS))
  assert.ok(shorts[0]!.endsWith('…'))
  assert.equal(shorts[1], 'String(clockValue(left) - clockValue(due))')
})

test('answers keep the whole rule for JSON and the short one for messages', () => {
  const [first] = answersOf([
    { program: busLog(constant(60)), value: 'on time' },
    { program: busLog(minutesDue), value: '80 min late' }
  ])
  assert.match(first!.rule, /left\.split\(':'\)/)
  assert.equal(first!.short, '… clockValue(left) % 60 < 2 …')
  assert.equal(first!.value, 'on time')
})

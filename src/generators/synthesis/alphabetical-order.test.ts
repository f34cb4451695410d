import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesise } from './index'
import { answerOf, tableOperation } from './testing'

test('two names in the alphabetical order the words name, whatever order the rows give them in', () => {
  const result = synthesise(
    tableOperation(
      'printFixture',
      [
        ['home', 'string'],
        ['away', 'string']
      ],
      [['card', 'string']],
      [
        ['Brown', 'Adams', 'Adams v Brown'],
        ['Clark', 'Evans', 'Clark v Evans'],
        ['Young', 'Hill', 'Hill v Young'],
        ['Ng', 'Patel', 'Ng v Patel'],
        ['Smith', 'Jones', 'Jones v Smith'],
        ['Lee', 'Khan', 'Khan v Lee'],
        ['Owen', 'Diaz', 'Diaz v Owen'],
        ['Ford', 'Grant', 'Ford v Grant']
      ],
      'The fixture card lists the two players in the alphabetical order of their surnames, joined by " v ".'
    )
  )
  assert.ok(result.ok, result.ok ? '' : result.message)
  assert.equal(answerOf(result, { home: 'Zeller', away: 'Abbot' }), 'Abbot v Zeller')
  assert.equal(answerOf(result, { home: 'Kim', away: 'Kirk' }), 'Kim v Kirk')
  assert.equal(answerOf(result, { home: 'Vance', away: 'Quinn' }), 'Quinn v Vance')
  assert.match(result.outputs[0]!.description, /localeCompare/)
})

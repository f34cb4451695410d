import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesise } from './index'
import { answerOf, tableOperation } from './testing'

const WORDS = [
  'Swimming pool opening hours',
  'The pool is open Monday to Friday from 07:00 until 21:00, and on Saturday from 09:00 until 18:00.',
  'It is closed on Sundays. At closing time the doors are already shut.',
  'a swimmer arrives on at',
  'the pool is open'
].join('\n')

test('opening hours the words state decide the edges the rows never show, and a closed day', () => {
  const result = synthesise(
    tableOperation(
      'checkPool',
      [
        ['day', 'string'],
        ['time', 'string']
      ],
      [['open', 'boolean']],
      [
        ['Monday', '08:15', true],
        ['Monday', '06:10', false],
        ['Wednesday', '22:00', false],
        ['Thursday', '20:30', true],
        ['Saturday', '10:30', true],
        ['Saturday', '08:00', false],
        ['Saturday', '19:45', false],
        ['Sunday', '12:00', false]
      ],
      WORDS
    )
  )
  assert.ok(result.ok, result.ok ? '' : result.message)
  assert.equal(result.status, 'synthesised')
  const open = (day: string, time: string) => answerOf(result, { day, time })
  assert.deepEqual(
    [open('Tuesday', '07:00'), open('Friday', '21:00'), open('Saturday', '09:00'), open('Saturday', '17:59'), open('Sunday', '10:00')],
    [true, false, true, true, false]
  )
})

test('hours written before their days without "on", and a day "not at all", are stated hours too', () => {
  const result = synthesise(
    tableOperation(
      'checkDelivery',
      [
        ['day', 'string'],
        ['time', 'string']
      ],
      [['accepted', 'boolean']],
      [
        ['Monday', '07:29', false],
        ['Monday', '07:30', true],
        ['Wednesday', '15:59', true],
        ['Friday', '16:00', false],
        ['Saturday', '09:00', true],
        ['Saturday', '08:59', false],
        ['Saturday', '12:00', false],
        ['Sunday', '10:00', false]
      ],
      'Goods in: deliveries are taken from 07:30 until 16:00 Monday to Friday and from 09:00 until 12:00 ' +
        'Saturdays, and not at all on Sundays. a delivery arrives on at the goods-in desk checks it the delivery is accepted'
    )
  )
  assert.ok(result.ok, result.ok ? '' : result.message)
  const accepted = (day: string, time: string) => answerOf(result, { day, time })
  assert.deepEqual(
    [accepted('Tuesday', '12:00'), accepted('Thursday', '07:00'), accepted('Saturday', '11:59'), accepted('Sunday', '09:30')],
    [true, false, true, false]
  )
})

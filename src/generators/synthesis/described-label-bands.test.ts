import { test } from 'node:test'
import assert from 'node:assert/strict'
import { describedLabelBands } from './described-label-bands'
import { synthesise } from './index'
import { describeProgram, evaluateProgram } from './program'
import { isTableProblem, tabulate } from './table'
import { answerOf, tableOperation } from './testing'

// Seven verdicts by a taster's score: more bands than a decision list holds, with edges no row shows.
const VERDICTS = [
  'Tasters score a wine and the label says: outstanding from 98, excellent from 93, very good from 85,',
  'good from 77, fair from 64, poor from 50 and bad below that.'
].join(' ')

const wines = (context: string) =>
  tableOperation(
    'rateWine',
    [['score', 'number']],
    [['verdict', 'string']],
    [
      [99, 'outstanding'],
      [98, 'outstanding'],
      [94, 'excellent'],
      [90, 'very good'],
      [85, 'very good'],
      [80, 'good'],
      [70, 'fair'],
      [55, 'poor'],
      [40, 'bad']
    ],
    context
  )

test('labels the words give by bands of a number are read from the words, every edge', () => {
  const result = synthesise(wines(VERDICTS))
  assert.ok(result.ok, result.ok ? '' : result.message)
  assert.equal(result.status, 'synthesised')
  assert.equal(answerOf(result, { score: 93 }), 'excellent')
  assert.equal(answerOf(result, { score: 92 }), 'very good')
  assert.equal(answerOf(result, { score: 77 }), 'good')
  assert.equal(answerOf(result, { score: 76 }), 'fair')
  assert.equal(answerOf(result, { score: 50 }), 'poor')
  assert.equal(answerOf(result, { score: 49 }), 'bad')
})

test('a label that ends another ("rare" in "medium rare") is read once, as its own', () => {
  const table = tabulate(
    tableOperation(
      'readThermometer',
      [['degrees', 'number']],
      [['doneness', 'string']],
      [
        [48, 'rare'],
        [53, 'medium rare'],
        [58, 'medium'],
        [64, 'medium well'],
        [70, 'well done']
      ]
    )
  )
  assert.ok(!isTableProblem(table))
  const [doneness] = describedLabelBands(
    'Rare under 52, medium rare from 52, medium from 57, medium well from 63 and well done from 68.',
    table
  )
  assert.ok(doneness !== undefined)
  const at = (degrees: number) => evaluateProgram(doneness.program, { degrees })
  assert.deepEqual(at(51), { ok: true, value: 'rare' })
  assert.deepEqual(at(56), { ok: true, value: 'medium rare' })
  assert.deepEqual(at(57), { ok: true, value: 'medium' })
  assert.deepEqual(at(68), { ok: true, value: 'well done' })
})

test('words that give a label two edges, or no lowest band, define no bands', () => {
  const table = tabulate(wines(''))
  assert.ok(!isTableProblem(table))
  assert.equal(describedLabelBands(VERDICTS, table).length, 1)
  assert.deepEqual(describedLabelBands(`${VERDICTS} Excellent from 95 in a poor year.`, table), [])
  assert.deepEqual(describedLabelBands(VERDICTS.replace(' and bad below that', ''), table), [])
})

test('bands the words give by where each ends, a band no example answers among them, are read from the words', () => {
  const result = synthesise(
    tableOperation(
      'sizeParcel',
      [['grams', 'number']],
      [['size', 'string']],
      [
        [200, 'XS'],
        [500, 'XS'],
        [501, 'S'],
        [1000, 'S'],
        [2001, 'L'],
        [4000, 'L'],
        [5000, 'L'],
        [5001, 'XL'],
        [9000, 'XL']
      ],
      'Parcels are sized by weight: XS up to 500 g, S up to 1000, M up to 2000, L up to 5000 and XL above that.'
    )
  )
  assert.ok(result.ok, result.ok ? '' : result.message)
  assert.equal(result.status, 'synthesised')
  // M is never answered: the words say where it is.
  assert.equal(answerOf(result, { grams: 1500 }), 'M')
  assert.equal(answerOf(result, { grams: 2000 }), 'M')
  assert.equal(answerOf(result, { grams: 1001 }), 'M')
  assert.equal(answerOf(result, { grams: 30000 }), 'XL')
})

// Grades by the ranges the words give before each label, every range joining the next.
const SHOE_SIZES = [
  'Children\'s shoe widths by the foot\'s width in millimetres: below 60 it is "narrow", 60 to 64 is "slim",',
  '65 to 69 "regular", 70 to 74 "wide", 75 to 79 "extra wide" and above 79 "special order".'
].join(' ')

const feet = (context: string) =>
  tableOperation(
    'chooseWidth',
    [['width', 'number']],
    [['fit', 'string']],
    [
      [55, 'narrow'],
      [62, 'slim'],
      [67, 'regular'],
      [72, 'wide'],
      [77, 'extra wide'],
      [85, 'special order'],
      [90, 'special order']
    ],
    context
  )

test('labels the words give after ranges ("60 to 64 is "slim"") are read from the words, every edge', () => {
  const result = synthesise(feet(SHOE_SIZES))
  assert.ok(result.ok, result.ok ? '' : result.message)
  assert.equal(result.status, 'synthesised')
  assert.equal(answerOf(result, { width: 59 }), 'narrow')
  assert.equal(answerOf(result, { width: 60 }), 'slim')
  assert.equal(answerOf(result, { width: 69 }), 'regular')
  assert.equal(answerOf(result, { width: 70 }), 'wide')
  assert.equal(answerOf(result, { width: 79 }), 'extra wide')
  assert.equal(answerOf(result, { width: 80 }), 'special order')
})

test('ranges with a gap between them are no bands the words make clear', () => {
  const table = tabulate(feet(SHOE_SIZES.replace('65 to 69', '66 to 69')))
  assert.ok(!isTableProblem(table))
  assert.deepEqual(describedLabelBands(SHOE_SIZES.replace('65 to 69', '66 to 69'), table), [])
})

// The same with each label first ("quiet" from 0 to 39 dB), the lowest range from nothing and the highest open above.
const NOISE = [
  'A sound level is "quiet" from 0 to 39 dB, "moderate" from 40 to 69 dB, "loud" from 70 to 89 dB,',
  '"very loud" from 90 to 109 dB and "painful" at 110 dB and above.'
].join(' ')

test('labels the words give before their ranges, the last open above, are read from the words, every edge', () => {
  const result = synthesise(
    tableOperation(
      'rateNoise',
      [['level', 'number']],
      [['rating', 'string']],
      [
        [20, 'quiet'],
        [55, 'moderate'],
        [80, 'loud'],
        [95, 'very loud'],
        [120, 'painful'],
        [130, 'painful']
      ],
      NOISE
    )
  )
  assert.ok(result.ok, result.ok ? '' : result.message)
  assert.equal(result.status, 'synthesised')
  assert.equal(answerOf(result, { level: 39 }), 'quiet')
  assert.equal(answerOf(result, { level: 40 }), 'moderate')
  assert.equal(answerOf(result, { level: 89 }), 'loud')
  assert.equal(answerOf(result, { level: 109 }), 'very loud')
  assert.equal(answerOf(result, { level: 110 }), 'painful')
})

// Bands of how far one input is past another: the words name the bands, the rows which difference.
const LATE = [
  'A late return costs a fine band by how many days after the due day the book comes back.',
  'Up to 7 days late is band "small", 8 to 28 days late is band "medium" and more than 28 days late',
  'is band "large". Back on or before the due day there is no fine: "none".'
].join(' ')

const lateReturns = tableOperation(
  'fineLateReturn',
  [
    ['due', 'number'],
    ['returned', 'number']
  ],
  [['band', 'string']],
  [
    [100, 100, 'none'],
    [100, 101, 'small'],
    [100, 107, 'small'],
    [100, 108, 'medium'],
    [100, 128, 'medium'],
    [100, 129, 'large'],
    [40, 60, 'medium'],
    [30, 25, 'none'],
    [200, 240, 'large']
  ],
  LATE
)

test('labels the words give to bands of how far one input is past another are read over that difference', () => {
  const table = tabulate(lateReturns)
  assert.ok(!isTableProblem(table))
  const stated = describedLabelBands(LATE, table).map((quantity) => describeProgram(quantity.program))
  assert.ok(
    stated.includes("returned - due <= 0 ? 'none' : returned - due <= 7 ? 'small' : returned - due <= 28 ? 'medium' : 'large'"),
    stated.join('\n')
  )
  const result = synthesise(lateReturns)
  assert.ok(result.ok, result.ok ? '' : result.message)
  assert.equal(result.status, 'synthesised')
  // Beyond the rows: other due days, each edge.
  assert.deepEqual(
    [
      answerOf(result, { due: 10, returned: 10 }),
      answerOf(result, { due: 10, returned: 17 }),
      answerOf(result, { due: 10, returned: 18 }),
      answerOf(result, { due: 10, returned: 38 }),
      answerOf(result, { due: 10, returned: 39 }),
      answerOf(result, { due: 10, returned: 3 })
    ],
    ['none', 'small', 'medium', 'medium', 'large', 'none']
  )
})

const BADGE =
  "A swimmer's badge comes from the share of lengths completed: 90 percent or more is gold, 75 percent or more is silver, " +
  '50 percent or more is bronze, and anything lower is none.'

test('labels the words give, each after where its band starts, over the share one input is of another', () => {
  const result = synthesise(
    tableOperation(
      'awardBadge',
      [
        ['swum', 'number'],
        ['set', 'number']
      ],
      [['badge', 'string']],
      [
        [18, 20, 'gold'],
        [17, 20, 'silver'],
        [40, 40, 'gold'],
        [30, 40, 'silver'],
        [29, 40, 'bronze'],
        [10, 20, 'bronze'],
        [9, 20, 'none'],
        [3, 10, 'none']
      ],
      BADGE
    )
  )
  assert.equal(result.status, 'synthesised')
  assert.deepEqual(
    [
      answerOf(result, { swum: 27, set: 30 }),
      answerOf(result, { swum: 26, set: 30 }),
      answerOf(result, { swum: 3, set: 4 }),
      answerOf(result, { swum: 1, set: 2 }),
      answerOf(result, { swum: 49, set: 100 })
    ],
    ['gold', 'silver', 'silver', 'bronze', 'none']
  )
})

test('ranges before each label, the highest band said as its start "or more"', () => {
  const words = 'A reading of 0 to 40 dB is "quiet", 41 to 70 is "moderate", 71 to 90 is "loud", and 91 dB or more is "harmful".'
  const operation = tableOperation(
    'rateNoise',
    [['db', 'number']],
    [['rating', 'string']],
    [
      [12, 'quiet'],
      [39, 'quiet'],
      [55, 'moderate'],
      [80, 'loud'],
      [120, 'harmful']
    ],
    words
  )
  const table = tabulate(operation)
  assert.ok(!isTableProblem(table))
  const [quantity] = describedLabelBands(words, table)
  assert.ok(quantity !== undefined)
  assert.deepEqual(
    [40, 41, 70, 71, 90, 91].map((db) => evaluateProgram(quantity.program, { db })).map((value) => value.ok && value.value),
    ['quiet', 'moderate', 'moderate', 'loud', 'loud', 'harmful']
  )
})

test('single values and ranges before their labels, the last range closing the scale, labels cut by a line break', () => {
  const words = `Day 0 of the tide table is "low water", days 1 to 5 are the "flood",
  day 6 the "high water" and days 7 to 12 the "ebb".`
  const operation = tableOperation(
    'nameTide',
    [['hour', 'number']],
    [['tide', 'string']],
    [
      [0, 'low water'],
      [2, 'flood'],
      [6, 'high water'],
      [9, 'ebb']
    ],
    words.replace('"low water"', '"low\n  water"')
  )
  const table = tabulate(operation)
  assert.ok(!isTableProblem(table))
  const [quantity] = describedLabelBands(words.replace('"low water"', '"low\n  water"'), table)
  assert.ok(quantity !== undefined)
  assert.deepEqual(
    [0, 1, 5, 6, 7, 12].map((hour) => evaluateProgram(quantity.program, { hour })).map((value) => value.ok && value.value),
    ['low water', 'flood', 'flood', 'high water', 'ebb', 'ebb']
  )
})

test('quoted labels with a few words before where their band ends, "anything bigger" the highest, one answer outside the bands', () => {
  const result = synthesise(
    tableOperation(
      'pickGlove',
      [
        ['hand', 'number'],
        ['wearer', 'string']
      ],
      [['glove', 'string']],
      [
        [17, 'adult', 'S'],
        [18, 'adult', 'S'],
        [19, 'adult', 'M'],
        [21.5, 'adult', 'L'],
        [23, 'adult', 'XL'],
        [16, 'child', 'kids'],
        [21, 'child', 'kids'],
        [20, 'adult', 'M']
      ],
      'Gloves come in "S" for hands up to 18 cm, "M" up to 20 cm, "L" up to 22 cm and "XL" for anything bigger. ' +
        'A child always gets a "kids" glove instead.'
    )
  )
  assert.deepEqual(
    [
      answerOf(result, { hand: 22, wearer: 'adult' }),
      answerOf(result, { hand: 22.5, wearer: 'adult' }),
      answerOf(result, { hand: 19.5, wearer: 'child' }),
      answerOf(result, { hand: 18.5, wearer: 'adult' })
    ],
    ['L', 'XL', 'kids', 'M']
  )
})

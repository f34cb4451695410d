/**
 * The synthesis corpus as operations: every table of `src/testdata/synthesis/*.feature` (except
 * the stateful account.feature) with its exact example rows, and specifications of our own,
 * each with held-out rows the synthesiser never sees. Shared by the unit tests and
 * `bench/synthesis`, so the tables are written once.
 */
import type { Operation, OperationInput, OperationOutput, Value } from '../operation'

export interface HeldOutRow {
  inputs: Record<string, Value>
  outputs: Record<string, Value>
}

export interface CorpusSpecification {
  /** The feature file the table comes from, or "own" for specifications of our own. */
  origin: string
  operation: Operation
  /** Rows outside the examples, several outside their range: the rule must get them right. */
  heldOut: HeldOutRow[]
}

interface Table {
  origin: string
  feature: string
  name: string
  whenText: string
  scenario: string
  inputs: OperationInput[]
  outputs: OperationOutput[]
  /** Line of the first example row in the feature file. */
  firstRowLine: number
  /** Each row: the inputs in order, then the outputs in order. */
  rows: Value[][]
  heldOut: Value[][]
}

const number = (name: string): OperationInput => ({ name, type: 'number' })
const text = (name: string): OperationInput => ({ name, type: 'string' })
const category = (name: string): OperationInput => ({ name, type: 'string', categorical: true })
const flag = (name: string): OperationInput => ({ name, type: 'boolean' })

function toRow(table: Table, row: Value[]): HeldOutRow {
  const inputs: Record<string, Value> = {}
  const outputs: Record<string, Value> = {}
  table.inputs.forEach((field, index) => (inputs[field.name] = row[index]!))
  table.outputs.forEach((field, index) => (outputs[field.name] = row[table.inputs.length + index]!))
  return { inputs, outputs }
}

function specification(table: Table): CorpusSpecification {
  return {
    origin: table.origin,
    operation: {
      name: table.name,
      whenText: table.whenText,
      inputs: table.inputs,
      outputs: table.outputs,
      scenarios: [table.scenario],
      examples: table.rows.map((row, index) => ({ ...toRow(table, row), source: `${table.feature}:${table.firstRowLine + index}` }))
    },
    heldOut: table.heldOut.map((row) => toRow(table, row))
  }
}

/** The tables of src/testdata/synthesis/, row for row. */
export const CORPUS: CorpusSpecification[] = [
  specification({
    origin: 'addition.feature',
    feature: 'features/addition.feature',
    name: 'add',
    whenText: 'they are added',
    scenario: 'adding two numbers',
    inputs: [number('a'), number('b')],
    outputs: [{ name: 'sum', type: 'number' }],
    firstRowLine: 9,
    rows: [
      [1, 2, 3],
      [10, 5, 15],
      [0, 0, 0],
      [-4, 9, 5],
      [7, -7, 0]
    ],
    heldOut: [
      [1000, 2345, 3345],
      [-50, -25, -75],
      [0.5, 0.25, 0.75],
      [123456, 654321, 777777]
    ]
  }),
  specification({
    origin: 'celsius.feature',
    feature: 'features/celsius.feature',
    name: 'convertToFahrenheit',
    whenText: 'it is converted to Fahrenheit',
    scenario: 'Celsius to Fahrenheit',
    inputs: [number('celsius')],
    outputs: [{ name: 'fahrenheit', type: 'number' }],
    firstRowLine: 9,
    rows: [
      [0, 32],
      [100, 212],
      [-40, -40],
      [37, 98.6],
      [20, 68]
    ],
    heldOut: [
      [1000, 1832],
      [-273.15, -459.67],
      [50, 122],
      [36.6, 97.88],
      [-10, 14]
    ]
  }),
  specification({
    origin: 'discount.feature',
    feature: 'features/discount.feature',
    name: 'applyDiscount',
    whenText: 'the discount is applied',
    scenario: 'discount by tier',
    inputs: [category('tier'), number('amount')],
    outputs: [{ name: 'total', type: 'number' }],
    firstRowLine: 9,
    rows: [
      ['regular', 100, 100],
      ['silver', 100, 95],
      ['gold', 100, 90],
      ['regular', 200, 200],
      ['silver', 200, 190],
      ['gold', 200, 180]
    ],
    heldOut: [
      ['regular', 350, 350],
      ['silver', 300, 285],
      ['gold', 1000, 900],
      ['silver', 50, 47.5],
      ['gold', 0, 0]
    ]
  }),
  specification({
    origin: 'even.feature',
    feature: 'features/even.feature',
    name: 'isEven',
    whenText: 'I check whether it is even',
    scenario: 'telling whether a number is even',
    inputs: [number('n')],
    outputs: [{ name: 'even', type: 'boolean' }],
    firstRowLine: 9,
    rows: [
      [0, true],
      [1, false],
      [2, true],
      [7, false],
      [10, true],
      [13, false]
    ],
    heldOut: [
      [1000000, true],
      [999999, false],
      [-4, true],
      [-7, false],
      [64, true],
      [3, false]
    ]
  }),
  specification({
    origin: 'fizzbuzz.feature',
    feature: 'features/fizzbuzz.feature',
    name: 'sayFizzBuzz',
    whenText: 'it is said in FizzBuzz',
    scenario: 'saying a number',
    inputs: [number('n')],
    outputs: [{ name: 'word', type: 'string' }],
    firstRowLine: 9,
    rows: [
      [1, '1'],
      [2, '2'],
      [3, 'Fizz'],
      [5, 'Buzz'],
      [6, 'Fizz'],
      [10, 'Buzz'],
      [15, 'FizzBuzz'],
      [30, 'FizzBuzz'],
      [7, '7']
    ],
    heldOut: [
      [45, 'FizzBuzz'],
      [98, '98'],
      [99, 'Fizz'],
      [100, 'Buzz'],
      [9, 'Fizz'],
      [11, '11'],
      [60, 'FizzBuzz'],
      [101, '101']
    ]
  }),
  specification({
    origin: 'full_name.feature',
    feature: 'features/full_name.feature',
    name: 'formatFullName',
    whenText: 'the full name is formatted',
    scenario: 'joining first and last name',
    inputs: [text('first'), text('last')],
    outputs: [{ name: 'full', type: 'string' }],
    firstRowLine: 9,
    rows: [
      ['Ada', 'Lovelace', 'Ada Lovelace'],
      ['Alan', 'Turing', 'Alan Turing'],
      ['Grace', 'Hopper', 'Grace Hopper']
    ],
    heldOut: [
      ['Margaret', 'Hamilton', 'Margaret Hamilton'],
      ['Linus', 'Torvalds', 'Linus Torvalds'],
      ['Barbara', 'Liskov', 'Barbara Liskov'],
      ['Ken', 'Thompson', 'Ken Thompson']
    ]
  }),
  specification({
    origin: 'grade.feature',
    feature: 'features/grade.feature',
    name: 'gradeScore',
    whenText: 'the score is graded',
    scenario: 'grading an exam score',
    inputs: [number('score')],
    outputs: [{ name: 'grade', type: 'string' }],
    firstRowLine: 9,
    rows: [
      [95, 'A'],
      [90, 'A'],
      [89, 'B'],
      [80, 'B'],
      [79, 'C'],
      [70, 'C'],
      [69, 'F'],
      [0, 'F']
    ],
    heldOut: [
      [100, 'A'],
      [50, 'F'],
      [85, 'B'],
      [75, 'C'],
      [91, 'A'],
      [10, 'F'],
      [72, 'C']
    ]
  }),
  specification({
    origin: 'leap_year.feature',
    feature: 'features/leap_year.feature',
    name: 'isLeapYear',
    whenText: 'I check whether it is a leap year',
    scenario: 'deciding whether a year is a leap year',
    inputs: [number('year')],
    outputs: [{ name: 'leap', type: 'boolean' }],
    firstRowLine: 9,
    rows: [
      [2024, true],
      [2023, false],
      [1900, false],
      [2000, true],
      [2100, false],
      [1996, true],
      [2400, true],
      [2019, false]
    ],
    heldOut: [
      [1600, true],
      [1700, false],
      [2028, true],
      [1800, false],
      [2001, false],
      [2004, true],
      [2200, false],
      [2800, true]
    ]
  }),
  specification({
    origin: 'maximum.feature',
    feature: 'features/maximum.feature',
    name: 'pickLargest',
    whenText: 'the largest is picked',
    scenario: 'picking the largest number',
    inputs: [number('a'), number('b'), number('c')],
    outputs: [{ name: 'max', type: 'number' }],
    firstRowLine: 9,
    rows: [
      [1, 2, 3, 3],
      [9, 2, 3, 9],
      [1, 8, 3, 8],
      [5, 5, 5, 5],
      [-1, -7, -3, -1]
    ],
    heldOut: [
      [100, 50, 75, 100],
      [-5, -2, -9, -2],
      [3, 30, 300, 300],
      [7, 70, 7, 70],
      [0.5, 0.25, 0.75, 0.75]
    ]
  }),
  specification({
    origin: 'shipping.feature',
    feature: 'features/shipping.feature',
    name: 'calculateShippingCost',
    whenText: 'the shipping cost is calculated',
    scenario: 'cost by weight',
    inputs: [number('weight')],
    outputs: [{ name: 'cost', type: 'number' }],
    firstRowLine: 11,
    rows: [
      [0.5, 5],
      [1, 5],
      [2, 7],
      [3, 9],
      [10, 23]
    ],
    heldOut: [
      [25, 53],
      [0.2, 5],
      [4, 11],
      [100, 203]
    ]
  })
]

/** Specifications of our own: more kinds of rules, each with held-out rows; the
 * first two are examples/calendar's quarter and meeting tables, row for row, the last five
 * the counting-word family, the first of them specloop's own features/rules/plural.feature. */
export const OWN_SPECIFICATIONS: CorpusSpecification[] = [
  specification({
    origin: 'examples/calendar/features/quarter.feature',
    feature: 'features/quarter.feature',
    name: 'findItsQuarter',
    whenText: 'its quarter is found',
    scenario: 'the quarter of a month',
    inputs: [number('month')],
    outputs: [{ name: 'quarter', type: 'number' }],
    firstRowLine: 11,
    rows: [
      [1, 1],
      [3, 1],
      [4, 2],
      [6, 2],
      [7, 3],
      [11, 4],
      [12, 4]
    ],
    heldOut: [
      [2, 1],
      [5, 2],
      [8, 3],
      [9, 3],
      [10, 4]
    ]
  }),
  specification({
    origin: 'examples/calendar/features/meeting.feature',
    feature: 'features/meeting.feature',
    name: 'computeItsLength',
    whenText: 'its length is computed',
    scenario: 'length of a meeting in minutes',
    inputs: [number('hours'), number('minutes')],
    outputs: [{ name: 'length', type: 'number' }],
    firstRowLine: 9,
    rows: [
      [1, 0, 60],
      [0, 45, 45],
      [2, 30, 150],
      [3, 15, 195]
    ],
    heldOut: [
      [0, 0, 0],
      [8, 0, 480],
      [1, 59, 119],
      [24, 30, 1470],
      [0.5, 0, 30]
    ]
  }),
  specification({
    origin: 'own: tax band with two thresholds',
    feature: 'features/tax.feature',
    name: 'calculateTax',
    whenText: 'the tax is calculated',
    scenario: 'tax by income band',
    inputs: [number('income')],
    outputs: [{ name: 'tax', type: 'number' }],
    firstRowLine: 9,
    rows: [
      [0, 0],
      [5000, 0],
      [10000, 0],
      [12000, 2400],
      [20000, 4000],
      [50000, 10000],
      [60000, 24000],
      [80000, 32000],
      [100000, 40000]
    ],
    heldOut: [
      [30000, 6000],
      [200000, 80000],
      [7500, 0],
      [45000, 9000],
      [1000000, 400000]
    ]
  }),
  specification({
    origin: 'own: initials template',
    feature: 'features/initials.feature',
    name: 'formatInitials',
    whenText: 'the initials are formatted',
    scenario: 'initials of a name',
    inputs: [text('first'), text('last')],
    outputs: [{ name: 'initials', type: 'string' }],
    firstRowLine: 9,
    rows: [
      ['Ada', 'Lovelace', 'A.L.'],
      ['Alan', 'Turing', 'A.T.'],
      ['grace', 'hopper', 'G.H.'],
      ['Edsger', 'Dijkstra', 'E.D.']
    ],
    heldOut: [
      ['barbara', 'liskov', 'B.L.'],
      ['Ken', 'Thompson', 'K.T.'],
      ['margaret', 'Hamilton', 'M.H.']
    ]
  }),
  specification({
    origin: 'own: e-mail domain (substring after a delimiter)',
    feature: 'features/email.feature',
    name: 'extractDomain',
    whenText: 'the domain is extracted',
    scenario: 'domain of an address',
    inputs: [text('email')],
    outputs: [{ name: 'domain', type: 'string' }],
    firstRowLine: 9,
    rows: [
      ['ada@example.com', 'example.com'],
      ['alan@bletchley.org', 'bletchley.org'],
      ['grace@navy.mil', 'navy.mil']
    ],
    heldOut: [
      ['linus@kernel.org', 'kernel.org'],
      ['ken@bell-labs.com', 'bell-labs.com'],
      ['x@y.z', 'y.z']
    ]
  }),
  specification({
    origin: 'own: eligibility with two inputs',
    feature: 'features/rental.feature',
    name: 'checkRentalEligibility',
    whenText: 'the rental eligibility is checked',
    scenario: 'who may rent a car',
    inputs: [number('age'), flag('licensed')],
    outputs: [{ name: 'eligible', type: 'boolean' }],
    firstRowLine: 9,
    rows: [
      [25, true, true],
      [30, true, true],
      [19, true, false],
      [21, true, true],
      [20, true, false],
      [40, false, false],
      [22, false, false],
      [18, false, false]
    ],
    heldOut: [
      [65, true, true],
      [16, true, false],
      [80, false, false],
      [21, false, false],
      [100, true, true]
    ]
  }),
  specification({
    origin: 'own: a fee with a floor and a ceiling',
    feature: 'features/delivery.feature',
    name: 'calculateDeliveryFee',
    whenText: 'the delivery fee is calculated',
    scenario: 'ten percent, at least 3, at most 20',
    inputs: [number('order')],
    outputs: [{ name: 'fee', type: 'number' }],
    firstRowLine: 9,
    rows: [
      [10, 3],
      [20, 3],
      [50, 5],
      [80, 8],
      [120, 12],
      [150, 15],
      [300, 20],
      [500, 20]
    ],
    heldOut: [
      [5, 3],
      [1000, 20],
      [100, 10],
      [199, 19.9],
      [35, 3.5]
    ]
  }),
  specification({
    origin: 'own: categorical zone surcharge',
    feature: 'features/zones.feature',
    name: 'calculateZoneCost',
    whenText: 'the cost to the zone is calculated',
    scenario: 'cost by zone and weight',
    inputs: [category('zone'), number('weight')],
    outputs: [{ name: 'cost', type: 'number' }],
    firstRowLine: 9,
    rows: [
      ['domestic', 1, 7],
      ['domestic', 3, 11],
      ['europe', 1, 12],
      ['europe', 2, 14],
      ['world', 1, 22],
      ['world', 5, 30]
    ],
    heldOut: [
      ['domestic', 10, 25],
      ['europe', 0.5, 11],
      ['world', 20, 60]
    ]
  }),
  specification({
    origin: 'own: password length rule',
    feature: 'features/password.feature',
    name: 'checkPasswordStrength',
    whenText: 'the password strength is checked',
    scenario: 'strong passwords are long',
    inputs: [text('password')],
    outputs: [{ name: 'strong', type: 'boolean' }],
    firstRowLine: 9,
    rows: [
      ['abc', false],
      ['hunter2', false],
      ['correcthorse', true],
      ['password1', true],
      ['12345678', true],
      ['short', false]
    ],
    heldOut: [
      ['a', false],
      ['averyveryverylongpassword', true],
      ['1234567', false],
      ['abcdefgh', true]
    ]
  }),
  specification({
    origin: 'own: average of two numbers',
    feature: 'features/average.feature',
    name: 'averageOf',
    whenText: 'their average is taken',
    scenario: 'average of two numbers',
    inputs: [number('a'), number('b')],
    outputs: [{ name: 'average', type: 'number' }],
    firstRowLine: 9,
    rows: [
      [2, 4, 3],
      [10, 20, 15],
      [-4, 4, 0],
      [1, 2, 1.5]
    ],
    heldOut: [
      [100, 300, 200],
      [-10, -20, -15],
      [0, 1, 0.5]
    ]
  }),
  specification({
    origin: 'own: product code template',
    feature: 'features/product.feature',
    name: 'formatProductCode',
    whenText: 'the product code is formatted',
    scenario: 'codes from names and numbers',
    inputs: [text('product'), number('id')],
    outputs: [{ name: 'code', type: 'string' }],
    firstRowLine: 9,
    rows: [
      ['widget', 7, 'WIDGET-7'],
      ['gear', 42, 'GEAR-42'],
      ['bolt', 3, 'BOLT-3']
    ],
    heldOut: [
      ['sprocket', 100, 'SPROCKET-100'],
      ['nut', 0, 'NUT-0']
    ]
  }),
  specification({
    origin: 'own: half-year of a month (two equal bands)',
    feature: 'features/half_year.feature',
    name: 'findHalfYear',
    whenText: 'its half-year is found',
    scenario: 'the half-year of a month',
    inputs: [number('month')],
    outputs: [{ name: 'half', type: 'number' }],
    firstRowLine: 9,
    rows: [
      [2, 1],
      [3, 1],
      [6, 1],
      [7, 2],
      [10, 2],
      [11, 2]
    ],
    heldOut: [
      [1, 1],
      [4, 1],
      [5, 1],
      [8, 2],
      [9, 2],
      [12, 2]
    ]
  }),
  specification({
    origin: 'own: week of the year from the day of the year',
    feature: 'features/week.feature',
    name: 'findWeekOfYear',
    whenText: 'its week is found',
    scenario: 'the week of a day of the year',
    inputs: [number('day')],
    outputs: [{ name: 'week', type: 'number' }],
    firstRowLine: 9,
    rows: [
      [1, 1],
      [7, 1],
      [8, 2],
      [14, 2],
      [15, 3],
      [30, 5],
      [100, 15]
    ],
    heldOut: [
      [2, 1],
      [21, 3],
      [22, 4],
      [200, 29],
      [364, 52],
      [365, 53],
      [700, 100]
    ]
  }),
  specification({
    origin: 'own: full hours in a number of minutes',
    feature: 'features/hours.feature',
    name: 'countFullHours',
    whenText: 'the full hours are counted',
    scenario: 'full hours of a duration',
    inputs: [number('minutes')],
    outputs: [{ name: 'hours', type: 'number' }],
    firstRowLine: 9,
    rows: [
      [0, 0],
      [59, 0],
      [60, 1],
      [119, 1],
      [120, 2],
      [150, 2],
      [600, 10]
    ],
    heldOut: [
      [1, 0],
      [61, 1],
      [179, 2],
      [180, 3],
      [3599, 59],
      [10000, 166]
    ]
  }),
  specification({
    origin: 'own: price in cents from euros and cents',
    feature: 'features/cents.feature',
    name: 'convertToCents',
    whenText: 'the price is converted to cents',
    scenario: 'a price in cents',
    inputs: [number('euros'), number('cents')],
    outputs: [{ name: 'total', type: 'number' }],
    firstRowLine: 9,
    rows: [
      [1, 50, 150],
      [0, 99, 99],
      [12, 5, 1205],
      [3, 0, 300]
    ],
    heldOut: [
      [0, 0, 0],
      [1000, 1, 100001],
      [7, 77, 777],
      [99999, 99, 9999999]
    ]
  }),
  specification({
    origin: 'own: total seconds from minutes and seconds',
    feature: 'features/seconds.feature',
    name: 'countTotalSeconds',
    whenText: 'the seconds are counted',
    scenario: 'total seconds of a lap',
    inputs: [number('minutes'), number('seconds')],
    outputs: [{ name: 'total', type: 'number' }],
    firstRowLine: 9,
    rows: [
      [1, 0, 60],
      [2, 30, 150],
      [0, 45, 45],
      [10, 10, 610],
      [5, 59, 359]
    ],
    heldOut: [
      [0, 0, 0],
      [120, 0, 7200],
      [59, 59, 3599],
      [1000, 1, 60001]
    ]
  }),
  specification({
    origin: 'own: weighted score 2a + 3b',
    feature: 'features/score.feature',
    name: 'weighScore',
    whenText: 'the score is weighed',
    scenario: 'theory counts twice, practice three times',
    inputs: [number('theory'), number('practice')],
    outputs: [{ name: 'score', type: 'number' }],
    firstRowLine: 9,
    rows: [
      [1, 1, 5],
      [2, 0, 4],
      [0, 3, 9],
      [4, 5, 23]
    ],
    heldOut: [
      [0, 0, 0],
      [100, 200, 800],
      [-1, 1, 1],
      [2.5, 0.5, 6.5]
    ]
  }),
  specification({
    origin: 'own: a duration in seconds from hours, minutes and seconds, with a fixed start-up',
    feature: 'features/duration.feature',
    name: 'measureDuration',
    whenText: 'the duration is measured',
    scenario: 'seconds of a job, plus 5 to start',
    inputs: [number('hours'), number('minutes'), number('seconds')],
    outputs: [{ name: 'total', type: 'number' }],
    firstRowLine: 9,
    rows: [
      [1, 0, 0, 3605],
      [0, 1, 0, 65],
      [0, 0, 1, 6],
      [1, 1, 1, 3666],
      [2, 30, 15, 9020],
      [0, 10, 30, 635]
    ],
    heldOut: [
      [0, 0, 0, 5],
      [10, 0, 0, 36005],
      [0, 59, 59, 3604],
      [100, 1, 1, 360066]
    ]
  }),
  specification({
    origin: 'features/rules/plural.feature',
    feature: 'features/rules/plural.feature',
    name: 'describeCount',
    whenText: 'the count is described',
    scenario: 'a count and a word',
    inputs: [number('count'), category('word')],
    outputs: [{ name: 'description', type: 'string' }],
    firstRowLine: 12,
    rows: [
      [0, 'scenario', '0 scenarios'],
      [1, 'scenario', '1 scenario'],
      [2, 'scenario', '2 scenarios'],
      [1, 'feature', '1 feature'],
      [7, 'feature', '7 features'],
      [1, 'step', '1 step'],
      [12, 'step', '12 steps']
    ],
    heldOut: [
      [0, 'file', '0 files'],
      [1, 'result', '1 result'],
      [3, 'item', '3 items'],
      [2, 'feature', '2 features'],
      [100, 'scenario', '100 scenarios']
    ]
  }),
  specification({
    origin: 'own: days left (one input, the singular seen once)',
    feature: 'features/deadline.feature',
    name: 'describeDaysLeft',
    whenText: 'the days left are described',
    scenario: 'days left before a deadline',
    inputs: [number('days')],
    outputs: [{ name: 'message', type: 'string' }],
    firstRowLine: 9,
    rows: [
      [0, '0 days left'],
      [1, '1 day left'],
      [2, '2 days left'],
      [5, '5 days left'],
      [14, '14 days left'],
      [30, '30 days left']
    ],
    heldOut: [
      [3, '3 days left'],
      [7, '7 days left'],
      [21, '21 days left'],
      [365, '365 days left']
    ]
  }),
  specification({
    origin: 'own: an irregular plural (child, children)',
    feature: 'features/children.feature',
    name: 'describeChildren',
    whenText: 'the children are counted',
    scenario: 'children in a group',
    inputs: [number('count')],
    outputs: [{ name: 'label', type: 'string' }],
    firstRowLine: 9,
    rows: [
      [0, '0 children'],
      [1, '1 child'],
      [2, '2 children'],
      [3, '3 children'],
      [6, '6 children']
    ],
    heldOut: [
      [4, '4 children'],
      [11, '11 children'],
      [25, '25 children']
    ]
  }),
  specification({
    origin: 'own: a greeting for returning visitors',
    feature: 'features/greeting.feature',
    name: 'greetVisitor',
    whenText: 'the visitor is greeted',
    scenario: 'welcome, or welcome back',
    inputs: [text('name'), number('visits')],
    outputs: [{ name: 'greeting', type: 'string' }],
    firstRowLine: 9,
    rows: [
      ['Ada', 1, 'Welcome, Ada'],
      ['Alan', 1, 'Welcome, Alan'],
      ['Grace', 2, 'Welcome back, Grace'],
      ['Edsger', 5, 'Welcome back, Edsger'],
      ['Barbara', 1, 'Welcome, Barbara'],
      ['Ken', 12, 'Welcome back, Ken']
    ],
    heldOut: [
      ['Linus', 1, 'Welcome, Linus'],
      ['Margaret', 100, 'Welcome back, Margaret'],
      ['Ada', 3, 'Welcome back, Ada']
    ]
  }),
  specification({
    origin: 'own: no results, one result, n results',
    feature: 'features/results.feature',
    name: 'describeResults',
    whenText: 'the results are described',
    scenario: 'how many of a thing were found',
    inputs: [number('count'), category('noun')],
    outputs: [{ name: 'summary', type: 'string' }],
    firstRowLine: 9,
    rows: [
      [0, 'file', 'no files'],
      [1, 'file', '1 file'],
      [4, 'file', '4 files'],
      [0, 'result', 'no results'],
      [1, 'result', '1 result'],
      [12, 'result', '12 results'],
      [2, 'error', '2 errors'],
      [3, 'error', '3 errors'],
      [0, 'error', 'no errors']
    ],
    heldOut: [
      [1, 'error', '1 error'],
      [0, 'warning', 'no warnings'],
      [7, 'warning', '7 warnings'],
      [100, 'file', '100 files'],
      [5, 'result', '5 results']
    ]
  })
]

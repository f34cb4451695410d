import { test } from 'node:test'
import assert from 'node:assert/strict'
import { describedBoundSides } from './described-bounds'

test('comparatives and bounds name the side their number falls on', () => {
  const sides = describedBoundSides(
    'Light parcels (2 kg or less) going less than 100 km travel express. Parcels heavier than 20 kg travel by freight.'
  )
  assert.deepEqual(Object.fromEntries(sides), { 2: 'lower', 100: 'upper', 20: 'lower' })
  assert.deepEqual(Object.fromEntries(describedBoundSides('Children younger than 12 and adults of 65 or more pay less.')), {
    12: 'upper',
    65: 'upper'
  })
  assert.deepEqual(Object.fromEntries(describedBoundSides('At least 18, at most 3 bags, no more than 10 copies, over 50 km.')), {
    18: 'upper',
    3: 'lower',
    10: 'lower',
    50: 'lower'
  })
})

test('a comma groups thousands and a point starts decimals', () => {
  assert.deepEqual(Object.fromEntries(describedBoundSides('Orders over 1,000 euros ship free; bags heavier than 1.5 kg pay more.')), {
    1000: 'lower',
    1.5: 'lower'
  })
})

test('a range is no bound: "from 0 to 10" names both ends, not a side', () => {
  assert.deepEqual([...describedBoundSides('The volume goes from 0 to 10, and the radio is silent at volume 0.')], [])
})

test('a number named both ways is left to the examples', () => {
  assert.deepEqual([...describedBoundSides('Under 30 is cheap; 30 or more is dear, and over 30 is also dear.')], [])
  assert.deepEqual([...describedBoundSides('No description of bounds, just 20 words.')], [])
})

test('a band written as its two ends starts at the first and ends at the second; times of day name no band', () => {
  assert.deepEqual(
    Object.fromEntries(describedBoundSides('90 or more is gold, 60 to 89 silver and below 60 try again.', { bands: true })),
    {
      90: 'upper',
      60: 'upper',
      89: 'lower'
    }
  )
  assert.deepEqual(Object.fromEntries(describedBoundSides('Between 10 and 30 degrees is mild; ages 15-24 pay less.', { bands: true })), {
    10: 'upper',
    30: 'lower',
    15: 'upper',
    24: 'lower'
  })
  assert.deepEqual(Object.fromEntries(describedBoundSides('The shop opens 9:00 to 17:30.', { bands: true })), {})
  // Not as a bound on the answer: "months 4-6 are the second quarter" caps nothing at 6.
  assert.deepEqual(Object.fromEntries(describedBoundSides('Months 1-3 are the first quarter, 4-6 the second.')), {})
})

test('bands written "from 40 up to 70, from 70 up to 100" do not overlap: the shared number starts the later band', () => {
  const sides = describedBoundSides('Below 40 there is none, from 40 up to 70 it is low, from 70 up to 100 it is high.')
  assert.equal(sides.get(70), 'upper')
  assert.equal(sides.get(40), 'upper')
  // "up to 100" alone ends a band with 100 in it.
  assert.equal(describedBoundSides('Parcels up to 100 kg go by van.').get(100), 'lower')
})

test('"40 and above" starts the band after "from 20 up to 40", as "from 40" does; "5 and under" ends one', () => {
  const sides = describedBoundSides('A reading below 20 is "calm". From 20 up to 40 it is "breezy". 40 and above is "windy".')
  assert.equal(sides.get(40), 'upper')
  assert.equal(sides.get(20), 'upper')
  assert.equal(describedBoundSides('Children aged 5 and under ride free.').get(5), 'lower')
})

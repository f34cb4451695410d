import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesiseStory } from './search'
import { failingScenarios, storiesFrom } from './testing/stories'
import { methodOf, renderedClass } from './testing/rendered-class'

const COOL_BOX = `Feature: Cool box
  The cool box takes at most 12 drinks in all.

  Scenario: drinking and restocking
    Given the cool box has 3 colas, 2 lemonades and 1 waters
    When 2 colas are drunk
    And 3 waters are added
    Then the cool box has 1 colas
    And the cool box has 4 waters

  Scenario: drinking more than there is
    Given the cool box has 2 colas, 2 lemonades and 2 waters
    When 3 lemonades are drunk
    Then that is refused with "only 2 lemonades left"
    When 2 waters are drunk
    And 1 waters are drunk
    Then that is refused with "there are no waters left"

  Scenario: not that many left
    Given the cool box has 1 colas, 6 lemonades and 3 waters
    When 4 lemonades are added
    Then that is refused with "the box only has room for 2 more"
    When 1 lemonades are added
    Then the cool box has 7 lemonades
    When 2 colas are drunk
    Then that is refused with "only 1 colas left"

  Scenario: a full box
    Given the cool box has 4 colas, 4 lemonades and 3 waters
    When 3 waters are added
    Then that is refused with "the box only has room for 1 more"
    When 1 colas are drunk
    And 2 colas are added
    Then the cool box has 5 colas
`

const COOL_BOX_UNSEEN = `Feature: Cool box
  Scenario: room for more
    Given the cool box has 0 colas, 1 lemonades and 8 waters
    When 2 colas are added
    Then the cool box has 2 colas
    When 2 waters are added
    Then that is refused with "the box only has room for 1 more"
`

test('a cap the words put on every key together ("at most 12 drinks in all") refuses past it and quotes the room it leaves', () => {
  const [story, unseen] = storiesFrom(COOL_BOX, COOL_BOX_UNSEEN)
  const result = synthesiseStory(story!)
  assert.ok(result.solution, result.message)
  assert.deepEqual(failingScenarios(story!, result.solution.model, unseen!), [])
  // The written class adds up every key: 2 + 1 + 8 = 11 leaves room for 1.
  const { rendered, accessor } = renderedClass(story!, result.solution.model)
  const box = accessor({})
  box[methodOf(story!, rendered, 'the cool box has {int} colas, {int} lemonades and {int} waters')]!(0, 1, 8)
  box.attempt!(() => box[methodOf(story!, rendered, '{int} {word} are added')]!(2, 'colas'))
  box.attempt!(() => box[methodOf(story!, rendered, '{int} {word} are added')]!(2, 'waters'))
  assert.equal(box.refusal, 'the box only has room for 1 more')
})

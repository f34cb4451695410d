Feature: Windscreen wipers
  Pushing the stalk up steps the wipers from off to intermittent, then slow, then fast. Pulling it
  down steps them back the same way. The stalk goes no further than fast at the top or off at the
  bottom.

  Scenario: first push from off
    Given the wipers are set to "off"
    When the stalk is pushed up
    Then the wipers are on "intermittent"

  Scenario: all the way up
    Given the wipers are set to "off"
    When the stalk is pushed up
    And the stalk is pushed up
    And the stalk is pushed up
    Then the wipers are on "fast"
    When the stalk is pushed up
    Then the dashboard says "the wipers are already on fast"
    And the wipers are on "fast"

  Scenario: easing off as the rain stops
    Given the wipers are set to "fast"
    When the stalk is pulled down
    Then the wipers are on "slow"
    When the stalk is pulled down
    Then the wipers are on "intermittent"

  Scenario: nothing below off
    Given the wipers are set to "intermittent"
    When the stalk is pulled down
    Then the wipers are on "off"
    When the stalk is pulled down
    Then the dashboard says "the wipers are already off"

Feature: Windscreen wipers
  Pushing the stalk up steps the wipers from off to intermittent, then slow, then fast. Pulling it
  down steps them back the same way. The stalk goes no further than fast at the top or off at the
  bottom.

  Scenario: a short shower on the motorway
    Given the wipers are set to "slow"
    When the stalk is pushed up
    And the stalk is pulled down
    And the stalk is pulled down
    And the stalk is pulled down
    Then the wipers are on "off"

  Scenario: pushing past fast and coming back
    Given the wipers are set to "intermittent"
    When the stalk is pushed up
    And the stalk is pushed up
    Then the wipers are on "fast"
    When the stalk is pushed up
    Then the dashboard says "the wipers are already on fast"
    When the stalk is pulled down
    Then the wipers are on "slow"

  Scenario: pulling down when already off
    Given the wipers are set to "off"
    When the stalk is pulled down
    Then the dashboard says "the wipers are already off"
    When the stalk is pushed up
    Then the wipers are on "intermittent"

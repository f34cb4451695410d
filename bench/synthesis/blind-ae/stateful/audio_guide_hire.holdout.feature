Feature: Audio guide hire
  Visitors hire one audio guide each for a 5.00 deposit, paid back when the guide comes back.
  The deposit of a lost guide is kept.

  Scenario: one back and one lost
    Given the desk has 5 guides
    When "Gus" hires a guide
    And "Hal" hires a guide
    And "Gus" hands a guide back
    And "Hal" reports a guide lost
    Then the count of guides at the desk is 4
    And the deposits held are 0.00
    And the deposits kept are 5.00

  Scenario: waiting for a guide to come back
    Given the desk has 2 guides
    When "Ivy" hires a guide
    And "Jo" hires a guide
    And "Kit" hires a guide
    Then the desk says "all guides are out"
    When "Jo" hands a guide back
    And "Kit" hires a guide
    Then the count of guides at the desk is 0
    And the deposits held are 10.00

  Scenario: mixed up at the desk
    Given the desk has 3 guides
    When "Lee" hands a guide back
    Then the desk says "Lee has no guide"
    When "Lee" hires a guide
    And "Lee" hires a guide
    Then the desk says "Lee already has a guide"
    And the deposits held are 5.00
    And the count of guides at the desk is 2

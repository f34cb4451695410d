Feature: Audio guide hire
  Visitors hire one audio guide each for a 5.00 deposit, paid back when the guide comes back.
  The deposit of a lost guide is kept.

  Scenario: two guides out
    Given the desk has 3 guides
    When "Ana" hires a guide
    And "Ben" hires a guide
    Then the count of guides at the desk is 1
    And the deposits held are 10.00

  Scenario: one guide each
    Given the desk has 2 guides
    When "Ana" hires a guide
    And "Ana" hires a guide
    Then the desk says "Ana already has a guide"
    When "Ana" hands a guide back
    Then the count of guides at the desk is 2
    And the deposits held are 0.00

  Scenario: all guides out
    Given the desk has 2 guides
    When "Cai" hires a guide
    And "Dev" hires a guide
    And "Eli" hires a guide
    Then the desk says "all guides are out"
    When "Cai" hands a guide back
    And "Eli" hires a guide
    Then the count of guides at the desk is 0
    And the deposits held are 10.00

  Scenario: a lost guide
    Given the desk has 4 guides
    When "Fay" hires a guide
    And "Fay" reports a guide lost
    Then the deposits kept are 5.00
    And the deposits held are 0.00
    And the count of guides at the desk is 3
    When "Fay" hands a guide back
    Then the desk says "Fay has no guide"

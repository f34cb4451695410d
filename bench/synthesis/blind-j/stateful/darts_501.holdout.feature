Feature: Darts 501 scorer
  Each player starts a leg on 501 and the score of each visit is taken off.
  A visit scores at most 180; more is refused with "not a valid score". A
  visit that would leave a player below 0 or on exactly 1 is a bust: it is
  refused with "bust" and the player stays where they were. The first player
  to reach exactly 0 wins the leg.

  Scenario: a steady start
    Given "Cat" and "Dev" start a leg
    When "Cat" scores 100
    And "Dev" scores 85
    And "Cat" scores 26
    Then "Cat" needs 375
    And "Dev" needs 416

  Scenario: bust on one, then the finish
    Given "Eve" and "Fin" start a leg
    When "Eve" scores 180
    And "Eve" scores 180
    And "Eve" scores 140
    Then the visit is refused with "bust"
    And "Eve" needs 141
    When "Eve" scores 141
    Then the leg is won by "Eve"

  Scenario: a typo, then a quick finish
    Given "Cat" and "Dev" start a leg
    When "Dev" scores 200
    Then the visit is refused with "not a valid score"
    When "Dev" scores 170
    And "Dev" scores 170
    Then "Dev" needs 161
    When "Dev" scores 161
    Then the leg is won by "Dev"

Feature: Darts 501 scorer
  Each player starts a leg on 501 and the score of each visit is taken off.
  A visit scores at most 180; more is refused with "not a valid score". A
  visit that would leave a player below 0 or on exactly 1 is a bust: it is
  refused with "bust" and the player stays where they were. The first player
  to reach exactly 0 wins the leg.

  Scenario: early visits
    Given "Ann" and "Ben" start a leg
    When "Ann" scores 60
    And "Ben" scores 100
    And "Ann" scores 140
    Then "Ann" needs 301
    And "Ben" needs 401

  Scenario: checking out
    Given "Ann" and "Ben" start a leg
    When "Ann" scores 180
    And "Ann" scores 180
    And "Ann" scores 141
    Then the leg is won by "Ann"

  Scenario: going below zero
    Given "Ann" and "Ben" start a leg
    When "Ann" scores 180
    And "Ann" scores 180
    And "Ann" scores 100
    Then "Ann" needs 41
    When "Ann" scores 45
    Then the visit is refused with "bust"
    And "Ann" needs 41

  Scenario: one left is a bust too
    Given "Ann" and "Ben" start a leg
    When "Ben" scores 180
    And "Ben" scores 180
    And "Ben" scores 100
    And "Ben" scores 40
    Then the visit is refused with "bust"
    And "Ben" needs 41
    When "Ben" scores 41
    Then the leg is won by "Ben"

  Scenario: an impossible score
    Given "Ann" and "Ben" start a leg
    When "Ann" scores 181
    Then the visit is refused with "not a valid score"
    And "Ann" needs 501

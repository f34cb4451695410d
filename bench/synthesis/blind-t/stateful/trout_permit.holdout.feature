Feature: Trout day permit
  A day permit lets an angler keep 4 trout. Any trout under 30 cm has to go back, and fish that
  are released do not count towards the 4.

  Scenario: a good morning
    Given a new day permit
    When a 52 cm trout is kept
    And a 28 cm trout is kept
    Then the catch is refused with "too small to keep: 28 cm"
    When a 33 cm trout is kept
    And a 30 cm trout is kept
    Then the angler has kept 3 trout

  Scenario: a full bag
    Given an angler who has kept 4 trout
    When a 31 cm trout is kept
    Then the catch is refused with "the permit allows 4 trout"
    When a 31 cm trout is released
    And a 40 cm trout is released
    Then the released count is 2

  Scenario: the limit after a small one
    Given an angler who has kept 1 trout
    When a 22 cm trout is released
    And a 29 cm trout is kept
    Then the catch is refused with "too small to keep: 29 cm"
    When a 35 cm trout is kept
    And a 47 cm trout is kept
    Then the angler has kept 3 trout
    When a 50 cm trout is kept
    And a 30 cm trout is kept
    Then the catch is refused with "the permit allows 4 trout"
    And the angler has kept 4 trout
    And the released count is 1

Feature: Trout day permit
  A day permit lets an angler keep 4 trout. Any trout under 30 cm has to go back, and fish that
  are released do not count towards the 4.

  Scenario: keeping and releasing
    Given a new day permit
    When a 34 cm trout is kept
    And a 41 cm trout is kept
    Then the angler has kept 2 trout
    When a 25 cm trout is released
    Then the released count is 1
    And the angler has kept 2 trout

  Scenario: too small to keep
    Given a new day permit
    When a 27 cm trout is kept
    Then the catch is refused with "too small to keep: 27 cm"
    When a 30 cm trout is kept
    Then the angler has kept 1 trout
    When a 36 cm trout is released
    Then the released count is 1

  Scenario: reaching the limit
    Given an angler who has kept 3 trout
    When a 45 cm trout is kept
    Then the angler has kept 4 trout
    When a 38 cm trout is kept
    Then the catch is refused with "the permit allows 4 trout"
    When a 38 cm trout is released
    Then the angler has kept 4 trout
    And the released count is 1

  Scenario: a small one goes back
    Given an angler who has kept 2 trout
    When a 29 cm trout is kept
    Then the catch is refused with "too small to keep: 29 cm"
    When a 29 cm trout is released
    And a 31 cm trout is released
    Then the released count is 2
    And the angler has kept 2 trout

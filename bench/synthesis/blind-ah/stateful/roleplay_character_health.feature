Feature: Tabletop character health
  A character starts at the maximum of hit points. Damage takes points off, never below 0, and
  healing puts them back, never above the maximum. A character at 0 is down and rolls death saves:
  three successes and they are stable, three failures and they are dead. Healing a character who
  is down or stable gets them back up and clears the saves.

  Scenario: damage and healing
    Given a character with a maximum of 24 hit points
    When the character takes 7 damage
    And the character is healed for 5
    Then the hit points are 22
    And the character is "up"
    When the character takes 30 damage
    Then the hit points are 0
    And the character is "down"

  Scenario: healing stops at the maximum
    Given a character with a maximum of 18 hit points
    When the character takes 4 damage
    And the character is healed for 10
    Then the hit points are 18
    When the character is healed for 3
    Then the game master says "the character is already at full health"

  Scenario: three successes
    Given a character with a maximum of 12 hit points
    When the character takes 12 damage
    And a death save succeeds
    And a death save fails
    And a death save succeeds
    And a death save succeeds
    Then the character is "stable"
    And the failed saves are 1
    When a death save succeeds
    Then the game master says "the character is stable"
    When the character is healed for 2
    Then the character is "up"
    And the hit points are 2

  Scenario: three failures
    Given a character with a maximum of 20 hit points
    When the character takes 25 damage
    And a death save fails
    And a death save fails
    And a death save succeeds
    And a death save fails
    Then the character is "dead"
    When the character is healed for 5
    Then the game master says "the character is dead"
    When a death save succeeds
    Then the game master says "the character is dead"
    When a death save fails
    Then the game master says "the character is dead"
    And the hit points are 0

  Scenario: saves only when down
    Given a character with a maximum of 16 hit points
    When a death save fails
    Then the game master says "the character is not down"
    When the character takes 16 damage
    And a death save fails
    And a death save fails
    And the character is healed for 4
    Then the character is "up"
    And the hit points are 4
    And the failed saves are 0
    When the character takes 6 damage
    Then the character is "down"

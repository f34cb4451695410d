Feature: Bank vault time lock
  The vault door has a time lock. Before the time it is set for, nothing
  works: no key can be turned and the door will not open. From that time on
  the door opens once two different key holders have each turned their key.
  Shutting the door clears the keys that were turned.

  Scenario: two keys open the door
    Given the time lock is set for "08:30" and it is "08:00"
    And "Ana" holds a vault key
    And "Ben" holds a vault key
    When 30 minutes pass
    And "Ana" turns a key
    And "Ben" turns a key
    And the door is pulled open
    Then the vault door is "open"
    And the keys turned are 2

  Scenario: too early for the vault
    Given the time lock is set for "08:30" and it is "08:00"
    And "Ana" holds a vault key
    And "Ben" holds a vault key
    When 20 minutes pass
    And "Ana" turns a key
    Then the lock panel shows "the time lock holds until 08:30"
    When the door is pulled open
    Then the lock panel shows "the time lock holds until 08:30"
    And the time is "08:20"
    And the keys turned are 0

  Scenario: two different key holders are needed
    Given the time lock is set for "08:30" and it is "08:00"
    And "Ana" holds a vault key
    And "Ben" holds a vault key
    When 45 minutes pass
    And "Ana" turns a key
    And "Ana" turns a key
    Then the lock panel shows "Ana has already turned a key"
    When the door is pulled open
    Then the lock panel shows "a second key is needed"
    When "Cy" turns a key
    Then the lock panel shows "Cy does not hold a vault key"
    When "Ben" turns a key
    And the door is pulled open
    Then the vault door is "open"

  Scenario: shutting the door clears the keys
    Given the time lock is set for "07:45" and it is "07:30"
    And "Ana" holds a vault key
    And "Ben" holds a vault key
    When 15 minutes pass
    And "Ana" turns a key
    And "Ben" turns a key
    And the door is pulled open
    And the door is shut
    Then the keys turned are 0
    And the vault door is "shut"
    When the door is pulled open
    Then the lock panel shows "two keys are needed"

  Scenario: the clock moves on
    Given the time lock is set for "08:30" and it is "08:00"
    And "Ana" holds a vault key
    When 25 minutes pass
    And 10 minutes pass
    Then the time is "08:35"
    When "Ana" turns a key
    Then the keys turned are 1
    And the vault door is "shut"

Feature: Bank vault time lock
  The vault door has a time lock. Before the time it is set for, nothing
  works: no key can be turned and the door will not open. From that time on
  the door opens once two different key holders have each turned their key.
  Shutting the door clears the keys that were turned.

  Scenario: a late start
    Given the time lock is set for "09:00" and it is "08:40"
    And "Ben" holds a vault key
    And "Cy" holds a vault key
    When 15 minutes pass
    And "Ben" turns a key
    Then the lock panel shows "the time lock holds until 09:00"
    When 5 minutes pass
    And "Ben" turns a key
    And "Cy" turns a key
    And the door is pulled open
    Then the vault door is "open"
    And the time is "09:00"

  Scenario: right on time
    Given the time lock is set for "08:30" and it is "08:30"
    And "Ana" holds a vault key
    And "Ben" holds a vault key
    When "Ana" turns a key
    And the door is pulled open
    Then the lock panel shows "a second key is needed"
    When "Ben" turns a key
    And the door is pulled open
    And the door is shut
    And the door is pulled open
    Then the lock panel shows "two keys are needed"
    And the keys turned are 0

  Scenario: a stranger and a second turn
    Given the time lock is set for "08:15" and it is "08:00"
    And "Ana" holds a vault key
    And "Ben" holds a vault key
    When 20 minutes pass
    And "Dee" turns a key
    Then the lock panel shows "Dee does not hold a vault key"
    When "Ana" turns a key
    And "Ana" turns a key
    Then the lock panel shows "Ana has already turned a key"
    And the keys turned are 1
    And the vault door is "shut"

Feature: Advent calendar
  A door may be opened on its own day or later, and each door only once.

  Scenario: today's door and an earlier one
    Given today is December 5
    When I open door 5
    And I open door 3
    Then 2 doors are open

  Scenario: too early
    Given today is December 5
    When I open door 6
    Then the calendar says "too early for door 6"
    And 0 doors are open

  Scenario: the same door twice
    Given today is December 10
    When I open door 10
    And I open door 10
    Then the calendar says "door 10 is already open"
    And 1 door is open

  Scenario: waiting a day
    Given today is December 23
    When I open door 24
    Then the calendar says "too early for door 24"
    When the next day comes
    And I open door 24
    Then 1 door is open

Feature: Advent calendar
  A door may be opened on its own day or later, and each door only once.

  Scenario: the first of December
    Given today is December 1
    When I open door 1
    And I open door 2
    Then the calendar says "too early for door 2"
    And 1 door is open

  Scenario: catching up
    Given today is December 12
    When I open door 12
    And I open door 11
    And I open door 1
    Then 3 doors are open

  Scenario: a day later, twice
    Given today is December 7
    When the next day comes
    And I open door 8
    And I open door 8
    Then the calendar says "door 8 is already open"

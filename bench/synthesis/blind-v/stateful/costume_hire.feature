Feature: Costume hire
  A fancy-dress shop hires out costumes by kind. A costume that comes back damaged is thrown
  away, so the shop has one fewer of that kind.

  Background:
    Given the shop stocks 6 "pirate" costumes
    And the shop stocks 4 "witch" costumes
    And the shop stocks 3 "dragon" costumes

  Scenario: pirates out and back
    When 4 "pirate" costumes are hired
    Then the "pirate" costumes in the shop number 2
    And the "pirate" costumes out number 4
    When 3 "pirate" costumes come back
    Then the "pirate" costumes in the shop number 5
    And the "pirate" costumes out number 1
    When 6 "pirate" costumes are hired
    Then the assistant says "only 5 pirate costumes are in"
    When 3 "witch" costumes are hired
    And 2 "witch" costumes come back
    Then the "witch" costumes in the shop number 3
    And the "witch" costumes out number 1

  Scenario: damaged dragons
    When 3 "dragon" costumes are hired
    And 2 "dragon" costumes come back damaged
    Then the "dragon" costumes in the shop number 0
    And the "dragon" costumes out number 1
    When 2 "dragon" costumes are hired
    Then the assistant says "no dragon costumes are in"

  Scenario: too many witches
    When 5 "witch" costumes are hired
    Then the assistant says "only 4 witch costumes are in"
    And the "witch" costumes in the shop number 4
    When 2 "witch" costumes are hired
    And 3 "witch" costumes come back
    Then the assistant says "only 2 witch costumes are out"
    When 2 "witch" costumes come back damaged
    Then the "witch" costumes in the shop number 2
    And the "witch" costumes out number 0
    When 2 "witch" costumes come back
    Then the assistant says "no witch costumes are out"
    When 3 "witch" costumes are hired
    Then the assistant says "only 2 witch costumes are in"

  Scenario: a busy day for every kind
    When 6 "pirate" costumes are hired
    And 3 "witch" costumes are hired
    Then the "pirate" costumes in the shop number 0
    And the "witch" costumes in the shop number 1
    When 3 "witch" costumes come back damaged
    Then the "witch" costumes in the shop number 1
    And the "witch" costumes out number 0
    When 2 "pirate" costumes are hired
    Then the assistant says "no pirate costumes are in"
    When 4 "pirate" costumes come back damaged
    Then the "pirate" costumes in the shop number 0
    And the "pirate" costumes out number 2
    When 2 "pirate" costumes come back
    Then the "pirate" costumes in the shop number 2
    And the "pirate" costumes out number 0
    When 2 "pirate" costumes come back damaged
    Then the assistant says "no pirate costumes are out"
    When 3 "dragon" costumes are hired
    And 3 "dragon" costumes come back
    Then the "dragon" costumes in the shop number 3
    And the "dragon" costumes out number 0

  Scenario: more damaged than were hired
    When 2 "dragon" costumes are hired
    And 3 "dragon" costumes come back damaged
    Then the assistant says "only 2 dragon costumes are out"
    When 2 "dragon" costumes come back
    Then the "dragon" costumes in the shop number 3
    When 2 "pirate" costumes are hired
    And 2 "pirate" costumes come back damaged
    Then the "pirate" costumes in the shop number 4

Feature: Costume hire
  A fancy-dress shop hires out costumes by kind. A costume that comes back damaged is thrown
  away, so the shop has one fewer of that kind.

  Background:
    Given the shop stocks 6 "pirate" costumes
    And the shop stocks 4 "witch" costumes
    And the shop stocks 3 "dragon" costumes

  Scenario: two witches lost
    When 2 "witch" costumes are hired
    And 2 "witch" costumes come back damaged
    Then the "witch" costumes in the shop number 2
    And the "witch" costumes out number 0
    When 3 "witch" costumes are hired
    Then the assistant says "only 2 witch costumes are in"
    When 2 "witch" costumes come back
    Then the assistant says "no witch costumes are out"

  Scenario: no dragons left at all
    When 3 "dragon" costumes are hired
    And 2 "dragon" costumes are hired
    Then the assistant says "no dragon costumes are in"
    When 3 "dragon" costumes come back damaged
    Then the "dragon" costumes in the shop number 0
    And the "dragon" costumes out number 0
    When 5 "pirate" costumes are hired
    And 4 "pirate" costumes come back
    Then the "pirate" costumes in the shop number 5
    And the "pirate" costumes out number 1

  Scenario: a busy pirate weekend
    When 4 "pirate" costumes are hired
    And 2 "pirate" costumes come back damaged
    Then the "pirate" costumes in the shop number 2
    And the "pirate" costumes out number 2
    When 3 "pirate" costumes are hired
    Then the assistant says "only 2 pirate costumes are in"
    When 2 "pirate" costumes are hired
    Then the "pirate" costumes in the shop number 0
    And the "pirate" costumes out number 4
    When 3 "witch" costumes are hired
    Then the "witch" costumes in the shop number 1

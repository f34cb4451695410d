Feature: Cattery
  The cattery has 3 pens, one cat to a pen. A stay costs 15.00 a night, paid when the cat goes home.

  Background:
    Given the cattery is empty

  Scenario: three nights
    When "Luna" checks in
    And a night passes
    And a night passes
    And a night passes
    And "Luna" goes home
    Then the bill for "Luna" is 45.00
    And 3 pens are free

  Scenario: turned away, then room the next day
    When "Tiger" checks in
    And "Bella" checks in
    And "Milo" checks in
    And "Luna" checks in
    Then the desk says "no pen for Luna"
    When a night passes
    And "Tiger" goes home
    Then the bill for "Tiger" is 15.00
    And 1 pen is free

  Scenario: different lengths of stay
    When "Bella" checks in
    And a night passes
    And "Milo" checks in
    And a night passes
    And a night passes
    And "Bella" goes home
    Then the bill for "Bella" is 45.00
    And 2 pens are free

Feature: Cattery
  The cattery has 3 pens, one cat to a pen. A stay costs 15.00 a night, paid when the cat goes home.

  Background:
    Given the cattery is empty

  Scenario: a weekend stay
    When "Milo" checks in
    And a night passes
    And a night passes
    And "Milo" goes home
    Then the bill for "Milo" is 30.00
    And 3 pens are free

  Scenario: full up
    When "Milo" checks in
    And "Luna" checks in
    And "Tiger" checks in
    And "Bella" checks in
    Then the desk says "no pen for Bella"
    And 0 pens are free

  Scenario: a shorter stay
    When "Milo" checks in
    And a night passes
    And "Luna" checks in
    And a night passes
    And "Luna" goes home
    Then the bill for "Luna" is 15.00
    And 2 pens are free

  Scenario: a pen freed up
    When "Milo" checks in
    And "Luna" checks in
    And a night passes
    And "Milo" goes home
    And "Bella" checks in
    Then 1 pen is free

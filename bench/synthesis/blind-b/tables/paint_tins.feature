Feature: Paint calculator
  Every coat needs its own paint, and tins are only sold whole.

  Background:
    Given each tin covers 10 square metres

  Scenario Outline: tins needed for a room
    Given walls measuring <area> square metres
    And the walls need <coats> coats
    When the paint is worked out
    Then the number of tins to buy is <tins>

    Examples:
      | area | coats | tins |
      | 25   | 1     | 3    |
      | 25   | 2     | 5    |
      | 10   | 1     | 1    |
      | 10   | 2     | 2    |
      | 31   | 2     | 7    |
      | 9.5  | 3     | 3    |
      | 40   | 1     | 4    |

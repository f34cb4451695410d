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
      | 40   | 3     | 12   |
      | 12.5 | 2     | 3    |
      | 0.5  | 1     | 1    |
      | 58   | 2     | 12   |
      | 30   | 1     | 3    |

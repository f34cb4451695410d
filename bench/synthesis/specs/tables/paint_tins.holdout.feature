Feature: Paint for a room
  One tin of paint covers 12 square metres and only whole tins are sold, so any part of a tin means buying one more tin.

  Scenario Outline: how many tins to buy
    Given walls of <area> square metres to paint
    When the paint is ordered
    Then <tins> tins are bought

    Examples:
      | area | tins |
      | 13   | 2    |
      | 30   | 3    |
      | 5    | 1    |
      | 100  | 9    |

Feature: Letter postage
  Letters cost 0.85 up to 100 g, 1.55 up to 250 g, 2.45 up to 500 g and 3.30 up to 1000 g.

  Scenario Outline: stamping a letter
    Given a letter weighing <grams> g
    When the post office weighs it
    Then the postage is <postage>

    Examples:
      | grams | postage |
      | 101   | 1.55    |
      | 250   | 1.55    |
      | 251   | 2.45    |
      | 500   | 2.45    |
      | 1000  | 3.30    |
      | 60    | 0.85    |

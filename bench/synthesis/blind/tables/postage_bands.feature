Feature: Letter postage
  Letters cost 0.85 up to 100 g, 1.55 up to 250 g, 2.45 up to 500 g and 3.30 up to 1000 g.

  Scenario Outline: stamping a letter
    Given a letter weighing <grams> g
    When the post office weighs it
    Then the postage is <postage>

    Examples:
      | grams | postage |
      | 20    | 0.85    |
      | 100   | 0.85    |
      | 180   | 1.55    |
      | 400   | 2.45    |
      | 750   | 3.30    |
      | 900   | 3.30    |

Feature: Pasta for a group
  Allow 100 g of dried pasta for each adult and 60 g for each child. Pasta comes in 500 g
  bags, so buy enough whole bags.

  Scenario Outline: how much pasta to buy
    Given <adults> adults are coming for tea
    And <children> children are coming too
    When the pasta is worked out
    Then <grams> g of pasta is needed
    And the number of bags to buy is <bags>

    Examples:
      | adults | children | grams | bags |
      | 2      | 0        | 200   | 1    |
      | 2      | 2        | 320   | 1    |
      | 3      | 2        | 420   | 1    |
      | 5      | 0        | 500   | 1    |
      | 2      | 5        | 500   | 1    |
      | 4      | 2        | 520   | 2    |
      | 6      | 4        | 840   | 2    |
      | 8      | 3        | 980   | 2    |
      | 10     | 0        | 1000  | 2    |

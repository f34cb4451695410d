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
      | 3      | 4        | 540   | 2    |
      | 2      | 10       | 800   | 2    |
      | 7      | 5        | 1000  | 2    |
      | 9      | 2        | 1020  | 3    |
      | 12     | 6        | 1560  | 4    |
      | 20     | 15       | 2900  | 6    |

Feature: Refill shop bins
  Customers weigh out what they want from gravity bins, and staff top the bins up from
  sacks. Every bin holds at most 5000 g.

  Scenario: too much rice both ways
    Given the "rice" bin starts with 800 g
    When a customer takes 900 g from the "rice" bin
    Then the shop says "only 800 g of rice left"
    When 4500 g of "rice" is poured in
    Then the shop says "the rice bin only takes 4200 g more"
    And the "rice" bin holds 800 g

  Scenario: filling the empty oats bin
    Given the "oats" bin starts with 0 g
    And the "lentils" bin starts with 2000 g
    When a customer takes 100 g from the "oats" bin
    Then the shop says "the oats bin is empty"
    When 5000 g of "oats" is poured in
    And a customer takes 2000 g from the "lentils" bin
    Then the "oats" bin holds 5000 g
    And the "lentils" bin holds 0 g

  Scenario: nearly full lentils
    Given the "lentils" bin starts with 4999 g
    When 10 g of "lentils" is poured in
    Then the shop says "the lentils bin only takes 1 g more"
    When a customer takes 4999 g from the "lentils" bin
    Then the "lentils" bin holds 0 g
    When a customer takes 5 g from the "lentils" bin
    Then the shop says "the lentils bin is empty"

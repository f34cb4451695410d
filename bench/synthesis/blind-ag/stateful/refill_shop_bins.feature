Feature: Refill shop bins
  Customers weigh out what they want from gravity bins, and staff top the bins up from
  sacks. Every bin holds at most 5000 g.

  Scenario: weighing out oats
    Given the "oats" bin starts with 3000 g
    When a customer takes 450 g from the "oats" bin
    And a customer takes 1200 g from the "oats" bin
    Then the "oats" bin holds 1350 g

  Scenario: running low
    Given the "oats" bin starts with 300 g
    And the "rice" bin starts with 4000 g
    When a customer takes 500 g from the "oats" bin
    Then the shop says "only 300 g of oats left"
    When a customer takes 300 g from the "oats" bin
    And a customer takes 250 g from the "oats" bin
    Then the shop says "the oats bin is empty"
    And the "rice" bin holds 4000 g

  Scenario: topping up
    Given the "rice" bin starts with 4000 g
    When 1500 g of "rice" is poured in
    Then the shop says "the rice bin only takes 1000 g more"
    When 1000 g of "rice" is poured in
    Then the "rice" bin holds 5000 g

  Scenario: a new bin
    Given the "lentils" bin starts with 0 g
    When 2500 g of "lentils" is poured in
    And a customer takes 700 g from the "lentils" bin
    And 3000 g of "lentils" is poured in
    Then the "lentils" bin holds 4800 g

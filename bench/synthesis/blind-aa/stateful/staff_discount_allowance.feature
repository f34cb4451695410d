Feature: Staff discount allowance
  Staff get 20% off, on up to 500.00 of shopping at full price each year. A purchase
  bigger than what is left of the allowance is refused.

  Scenario: first purchases of the year
    Given the allowance year has just started
    When goods priced at 80.00 are bought with the discount
    And goods priced at 37.45 are bought with the discount
    Then the allowance left is 382.55
    And the saving so far is 23.49

  Scenario: using it all up
    Given the allowance year has just started
    When goods priced at 300.00 are bought with the discount
    And goods priced at 200.00 are bought with the discount
    Then the allowance left is 0.00
    And the saving so far is 100.00
    When goods priced at 5.00 are bought with the discount
    Then the till says "your allowance is used up"

  Scenario: too big a purchase
    Given the allowance year has just started
    When goods priced at 380.00 are bought with the discount
    And goods priced at 150.00 are bought with the discount
    Then the till says "only 120.00 of your allowance is left"
    And the allowance left is 120.00
    When goods priced at 120.00 are bought with the discount
    Then the allowance left is 0.00
    And the saving so far is 100.00

  Scenario: a new allowance year
    Given the allowance year has just started
    When goods priced at 450.00 are bought with the discount
    And the next allowance year starts
    And goods priced at 60.00 are bought with the discount
    Then the allowance left is 440.00
    And the saving so far is 12.00

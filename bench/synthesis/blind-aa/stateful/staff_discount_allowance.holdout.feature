Feature: Staff discount allowance
  Staff get 20% off, on up to 500.00 of shopping at full price each year. A purchase
  bigger than what is left of the allowance is refused.

  Scenario: down to the last five pence
    Given the allowance year has just started
    When goods priced at 499.95 are bought with the discount
    And goods priced at 0.10 are bought with the discount
    Then the till says "only 0.05 of your allowance is left"
    When goods priced at 0.05 are bought with the discount
    Then the allowance left is 0.00
    And the saving so far is 100.00

  Scenario: a big purchase in the new year
    Given the allowance year has just started
    When goods priced at 250.00 are bought with the discount
    And goods priced at 250.00 are bought with the discount
    And the next allowance year starts
    And goods priced at 600.00 are bought with the discount
    Then the till says "only 500.00 of your allowance is left"
    And the allowance left is 500.00
    And the saving so far is 0.00

  Scenario: odd amounts
    Given the allowance year has just started
    When goods priced at 125.50 are bought with the discount
    And goods priced at 74.25 are bought with the discount
    Then the allowance left is 300.25
    And the saving so far is 39.95
    When goods priced at 300.25 are bought with the discount
    Then the allowance left is 0.00
    And the saving so far is 100.00

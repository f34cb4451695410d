Feature: Florist order
  Roses cost 2.50 a stem, tulips 1.20 and lilies 3.75. Wrapping costs 3.00 and is free
  for orders of 20 stems or more; an empty order costs nothing. Removing more stems than
  the order holds is refused with "not that many in the order".

  Scenario: half a dozen roses
    Given an empty order
    When 5 roses are added
    And 1 rose is added
    Then the order holds 6 roses
    And the total is 18.00

  Scenario: a mixed bunch
    Given an empty order
    When 3 lilies are added
    And 1 tulip is added
    Then the total is 15.45

  Scenario: free wrapping
    Given an empty order
    When 10 tulips are added
    And 10 roses are added
    Then the total is 37.00
    When 1 rose is removed
    Then the order holds 9 roses
    And the total is 37.50
    When 2 tulips are removed
    Then the order holds 8 tulips

  Scenario: removing too many
    Given an empty order
    When 2 roses are added
    And 3 roses are removed
    Then the removal is refused with "not that many in the order"
    And the order holds 2 roses
    And the total is 8.00

  Scenario: changing your mind
    Given an empty order
    When 1 lily is added
    And 1 lily is added
    Then the total is 10.50
    When 2 lilies are removed
    Then the order holds 0 lilies
    And the total is 0.00

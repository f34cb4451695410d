Feature: Florist order
  Roses cost 2.50 a stem, tulips 1.20 and lilies 3.75. Wrapping costs 3.00 and is free
  for orders of 20 stems or more; an empty order costs nothing. Removing more stems than
  the order holds is refused with "not that many in the order".

  Scenario: a big spring bunch
    Given an empty order
    When 12 tulips are added
    And 8 lilies are added
    Then the total is 44.40
    When 2 tulips are removed
    Then the order holds 10 tulips
    And the total is 45.00

  Scenario: one of each
    Given an empty order
    When 1 rose is added
    And 1 tulip is added
    And 1 lily is added
    Then the total is 10.45
    When 2 tulips are removed
    Then the removal is refused with "not that many in the order"
    And the total is 10.45

  Scenario: lilies only
    Given an empty order
    When 5 lilies are added
    Then the order holds 5 lilies
    And the total is 21.75
    When 5 lilies are removed
    Then the total is 0.00

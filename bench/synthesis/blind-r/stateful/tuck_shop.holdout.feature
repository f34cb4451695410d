Feature: Tuck shop

  Scenario: a rush at lunch
    Given the stock of flapjacks is 8
    And the stock of apples is 2
    When 5 flapjacks are sold
    And 4 flapjacks are sold
    Then the sale is refused with "only 3 flapjacks left"
    When 3 apples are sold
    Then the sale is refused with "only 2 apples left"
    When 2 apples are sold
    Then the stock of apples is 0
    When 3 flapjacks are sold
    Then the stock of flapjacks is 0

  Scenario: juice back in stock
    Given the stock of juice cartons is 0
    When 2 juice cartons are sold
    Then the sale is refused with "juice cartons are sold out"
    When 10 juice cartons are delivered
    And 4 juice cartons are sold
    Then the stock of juice cartons is 6

  Scenario: an empty shop restocked
    Given the stock of apples is 0
    And the stock of flapjacks is 0
    When 4 apples are sold
    Then the sale is refused with "apples are sold out"
    When 12 apples are delivered
    And 9 flapjacks are delivered
    And 11 apples are sold
    Then the stock of apples is 1
    And the stock of flapjacks is 9

Feature: Tuck shop

  Scenario: a busy break
    Given the stock of flapjacks is 10
    And the stock of apples is 6
    When 3 flapjacks are sold
    And 2 apples are sold
    And 4 flapjacks are sold
    Then the stock of flapjacks is 3
    And the stock of apples is 4
    When 5 flapjacks are sold
    Then the sale is refused with "only 3 flapjacks left"
    When 6 flapjacks are delivered
    Then the stock of flapjacks is 9

  Scenario: not enough apples
    Given the stock of apples is 4
    When 6 apples are sold
    Then the sale is refused with "only 4 apples left"
    When 4 apples are sold
    And 2 apples are sold
    Then the sale is refused with "apples are sold out"
    When 5 apples are delivered
    Then the stock of apples is 5

  Scenario: a juice delivery
    Given the stock of juice cartons is 2
    When 12 juice cartons are delivered
    And 5 juice cartons are sold
    Then the stock of juice cartons is 9

  Scenario: flapjacks run out
    Given the stock of flapjacks is 5
    And the stock of juice cartons is 0
    When 5 flapjacks are sold
    And 2 flapjacks are sold
    Then the sale is refused with "flapjacks are sold out"
    When 3 juice cartons are sold
    Then the sale is refused with "juice cartons are sold out"
    When 6 juice cartons are delivered
    Then the stock of juice cartons is 6
    When 8 flapjacks are delivered
    Then the stock of flapjacks is 8

  Scenario: apples delivered
    Given the stock of apples is 3
    And the stock of juice cartons is 5
    When 10 apples are delivered
    And 7 apples are sold
    Then the stock of apples is 6
    When 8 juice cartons are sold
    Then the sale is refused with "only 5 juice cartons left"

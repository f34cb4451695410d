Feature: Fare comparison

  Scenario Outline: the cheapest of three airlines
    Given the first airline asks <first>
    And the second airline asks <second>
    And the third airline asks <third>
    When the fares are compared
    Then the cheapest fare shown is <cheapest>

    Examples:
      | first | second | third | cheapest |
      | 500   | 400    | 450   | 400      |
      | 35.5  | 35.5   | 35.5  | 35.5     |
      | 10    | 200    | 5     | 5        |
      | 75    | 65     | 65.01 | 65       |
      | 89    | 120    | 88.99 | 88.99    |

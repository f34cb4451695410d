Feature: Fare comparison

  Scenario Outline: the cheapest of three airlines
    Given the first airline asks <first>
    And the second airline asks <second>
    And the third airline asks <third>
    When the fares are compared
    Then the cheapest fare shown is <cheapest>

    Examples:
      | first | second | third | cheapest |
      | 120   | 95     | 140   | 95       |
      | 80    | 80     | 99    | 80       |
      | 300   | 250    | 199   | 199      |
      | 49.99 | 59.99  | 45    | 45       |
      | 60    | 70     | 80    | 60       |

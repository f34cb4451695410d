Feature: Typical delivery time

  Scenario Outline: typical time of a set of deliveries
    Given the delivery times "<times>" in minutes
    When the typical delivery time is worked out
    Then the typical time is <typical> minutes

    Examples:
      | times              | typical |
      | 25                 | 25      |
      | 32, 18, 25         | 25      |
      | 5, 5, 50           | 5       |
      | 10, 20, 30, 40     | 25      |
      | 10, 15             | 12.5    |
      | 40, 12, 33, 27, 19 | 27      |
      | 60, 1, 2           | 2       |
      | 20, 20, 21, 90     | 20.5    |

Feature: Holiday football camp
  A day at camp is 18.00 a child, and a child booked for the full five-day week pays 80.00
  instead. Brothers and sisters after the first child get 10% off their own price.

  Scenario Outline: pricing a family booking
    Given the number of children is <children>
    And the days booked per child are <days>
    When the booking is priced
    Then the sibling discount is <discount>
    And the family pays <total>

    Examples:
      | children | days | discount | total  |
      | 1        | 1    | 0.00     | 18.00  |
      | 1        | 4    | 0.00     | 72.00  |
      | 1        | 5    | 0.00     | 80.00  |
      | 2        | 3    | 5.40     | 102.60 |
      | 2        | 4    | 7.20     | 136.80 |
      | 2        | 5    | 8.00     | 152.00 |
      | 3        | 2    | 7.20     | 100.80 |
      | 3        | 4    | 14.40    | 201.60 |
      | 4        | 5    | 24.00    | 296.00 |

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
      | 1        | 2    | 0.00     | 36.00  |
      | 1        | 3    | 0.00     | 54.00  |
      | 2        | 1    | 1.80     | 34.20  |
      | 3        | 1    | 3.60     | 50.40  |
      | 3        | 5    | 16.00    | 224.00 |
      | 4        | 3    | 16.20    | 199.80 |

Feature: Prints by post
  Prints are 0.30 each, 0.20 each on an order of 50 or more and 0.15 each from 200.
  Postage is 2.99, free when the prints come to 15.00 or more.

  Scenario Outline: pricing a print order
    Given the number of prints ordered is <count>
    When the print order is priced
    Then the prints cost <cost>
    And the total to pay is <total>

    Examples:
      | count | cost  | total |
      | 1     | 0.30  | 3.29  |
      | 10    | 3.00  | 5.99  |
      | 49    | 14.70 | 17.69 |
      | 50    | 10.00 | 12.99 |
      | 74    | 14.80 | 17.79 |
      | 75    | 15.00 | 15.00 |
      | 120   | 24.00 | 24.00 |
      | 199   | 39.80 | 39.80 |
      | 200   | 30.00 | 30.00 |

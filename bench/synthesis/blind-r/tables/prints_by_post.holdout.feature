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
      | 30    | 9.00  | 11.99 |
      | 60    | 12.00 | 14.99 |
      | 100   | 20.00 | 20.00 |
      | 250   | 37.50 | 37.50 |
      | 45    | 13.50 | 16.49 |
      | 80    | 16.00 | 16.00 |

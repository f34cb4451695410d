Feature: Hand timing at the club sprints
  If the electronic timing fails, three timekeepers time each runner with
  stopwatches reading to the hundredth. The official time is the middle one of
  the three, rounded up to the next tenth: 12.31 becomes 12.4, while 12.30 stays
  as 12.3.

  Scenario Outline: taking the official time from three watches
    Given the first watch shows <first>
    And the second watch shows <second>
    And the third watch shows <third>
    When the official time is taken
    Then the official time is <official>

    Examples:
      | first | second | third | official |
      | 12.31 | 12.35  | 12.28 | 12.4     |
      | 12.30 | 12.41  | 12.22 | 12.3     |
      | 11.95 | 11.95  | 12.10 | 12.0     |
      | 13.02 | 12.88  | 12.97 | 13.0     |
      | 10.81 | 10.89  | 10.80 | 10.9     |
      | 14.40 | 14.40  | 14.40 | 14.4     |
      | 12.01 | 11.99  | 12.00 | 12.0     |
      | 15.15 | 15.09  | 15.11 | 15.2     |
      | 11.42 | 11.50  | 11.61 | 11.5     |

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
      | 12.71 | 12.68  | 12.74 | 12.8     |
      | 13.40 | 13.52  | 13.39 | 13.4     |
      | 10.99 | 11.03  | 11.01 | 11.1     |
      | 16.05 | 15.98  | 16.05 | 16.1     |
      | 12.90 | 12.91  | 12.89 | 12.9     |
      | 11.20 | 11.35  | 11.35 | 11.4     |

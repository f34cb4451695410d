Feature: Piano tuning visit
  A visit costs 45.00 for the call-out and 60.00 for each piano tuned. Homes more than 20 miles
  from the workshop also pay 0.80 for every mile beyond the 20th.

  Scenario Outline: quoting for a tuning visit
    Given the number of pianos to tune is <pianos>
    And the home is <miles> miles from the workshop
    When the tuner quotes for the visit
    Then the travel surcharge is <surcharge>
    And the visit costs <total>

    Examples:
      | pianos | miles | surcharge | total  |
      | 1      | 5     | 0.00      | 105.00 |
      | 1      | 20    | 0.00      | 105.00 |
      | 1      | 21    | 0.80      | 105.80 |
      | 1      | 27    | 5.60      | 110.60 |
      | 2      | 12    | 0.00      | 165.00 |
      | 2      | 50    | 24.00     | 189.00 |
      | 3      | 35    | 12.00     | 237.00 |
      | 4      | 0     | 0.00      | 285.00 |
      | 5      | 22    | 1.60      | 346.60 |

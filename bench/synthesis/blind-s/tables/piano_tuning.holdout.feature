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
      | 1      | 64    | 35.20     | 140.20 |
      | 2      | 19    | 0.00      | 165.00 |
      | 2      | 21    | 0.80      | 165.80 |
      | 3      | 8     | 0.00      | 225.00 |
      | 4      | 43    | 18.40     | 303.40 |
      | 6      | 30    | 8.00      | 413.00 |

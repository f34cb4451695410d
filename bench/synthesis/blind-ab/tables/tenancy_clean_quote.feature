Feature: End of tenancy cleaning
  A clean costs 80.00, plus 35.00 for each bedroom and 20.00 for each bathroom. Cleaning
  the oven is 45.00 extra. Homes with 4 bedrooms or more get 10% off the whole quote.

  Scenario Outline: the price of a clean
    Given the bedroom count is <bedrooms>
    And the bathroom count is <bathrooms>
    And the oven is to be cleaned: <oven>
    When the cleaning company prices the job
    Then the quote is <quote>

    Examples:
      | bedrooms | bathrooms | oven | quote  |
      | 1        | 1         | no   | 135.00 |
      | 2        | 1         | no   | 170.00 |
      | 2        | 1         | yes  | 215.00 |
      | 3        | 1         | yes  | 250.00 |
      | 3        | 2         | no   | 225.00 |
      | 3        | 2         | yes  | 270.00 |
      | 4        | 2         | no   | 234.00 |
      | 4        | 2         | yes  | 274.50 |
      | 5        | 3         | yes  | 324.00 |

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
      | 1        | 1         | yes  | 180.00 |
      | 2        | 2         | no   | 190.00 |
      | 3        | 3         | no   | 245.00 |
      | 4        | 1         | no   | 216.00 |
      | 6        | 3         | no   | 315.00 |
      | 7        | 4         | yes  | 405.00 |

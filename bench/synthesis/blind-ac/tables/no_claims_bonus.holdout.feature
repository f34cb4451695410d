Feature: Car insurance no-claims bonus
  The no-claims bonus takes 30% off the premium after 1 claim-free year, 40% after 2, 50%
  after 3 or 4 and 60% from 5 years. The result is rounded to the nearest penny, a half
  penny going up.

  Scenario Outline: pricing a renewal
    Given a premium of <premium> before the bonus
    And the number of claim-free years is <years>
    When the renewal is priced
    Then the premium to pay is <pay>

    Examples:
      | premium | years | pay    |
      | 650.00  | 3     | 325.00 |
      | 475.25  | 6     | 190.10 |
      | 333.33  | 1     | 233.33 |
      | 910.10  | 4     | 455.05 |
      | 287.65  | 0     | 287.65 |
      | 1050.75 | 2     | 630.45 |

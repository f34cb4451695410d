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
      | 800.00  | 0     | 800.00 |
      | 800.00  | 1     | 560.00 |
      | 612.40  | 2     | 367.44 |
      | 455.55  | 3     | 227.78 |
      | 520.00  | 4     | 260.00 |
      | 999.99  | 5     | 400.00 |
      | 730.15  | 9     | 292.06 |
      | 389.99  | 1     | 272.99 |
      | 1204.50 | 2     | 722.70 |

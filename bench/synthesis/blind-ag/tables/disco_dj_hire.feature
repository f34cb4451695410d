Feature: Hiring a disco DJ
  A booking covers up to three hours of music for 240.00. After that, each started half
  hour costs 35.00.

  Scenario Outline: the fee for a night
    Given the DJ plays for <minutes> minutes
    When the hire is priced
    Then the fee is <fee>

    Examples:
      | minutes | fee    |
      | 60      | 240.00 |
      | 180     | 240.00 |
      | 181     | 275.00 |
      | 210     | 275.00 |
      | 211     | 310.00 |
      | 240     | 310.00 |
      | 270     | 345.00 |
      | 300     | 380.00 |
      | 330     | 415.00 |

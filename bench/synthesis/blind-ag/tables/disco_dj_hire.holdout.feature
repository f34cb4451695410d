Feature: Hiring a disco DJ
  A booking covers up to three hours of music for 240.00. After that, each started half
  hour costs 35.00.

  Scenario Outline: the fee for a night
    Given the DJ plays for <minutes> minutes
    When the hire is priced
    Then the fee is <fee>

    Examples:
      | minutes | fee    |
      | 120     | 240.00 |
      | 195     | 275.00 |
      | 225     | 310.00 |
      | 241     | 345.00 |
      | 360     | 450.00 |
      | 299     | 380.00 |

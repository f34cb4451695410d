Feature: Car park charges
  The first hour is free. After that every started hour costs 1.50 euros, and
  nobody pays more than 12.00 euros for one stay.

  Scenario Outline: charge for a stay
    Given a car parked for <minutes> minutes
    When the car leaves the car park
    Then the charge is <charge> euros

    Examples:
      | minutes | charge |
      | 0       | 0.00   |
      | 59      | 0.00   |
      | 60      | 0.00   |
      | 61      | 1.50   |
      | 120     | 1.50   |
      | 121     | 3.00   |
      | 300     | 6.00   |
      | 540     | 12.00  |
      | 541     | 12.00  |

Feature: Car park charges
  The first hour is free. After that every started hour costs 1.50 euros, and
  nobody pays more than 12.00 euros for one stay.

  Scenario Outline: charge for a stay
    Given a car parked for <minutes> minutes
    When the car leaves the car park
    Then the charge is <charge> euros

    Examples:
      | minutes | charge |
      | 90      | 1.50   |
      | 181     | 4.50   |
      | 480     | 10.50  |
      | 30      | 0.00   |
      | 240     | 4.50   |
      | 1000    | 12.00  |

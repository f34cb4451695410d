Feature: Taxi meter
  A ride costs 2.50 plus 1.20 per km, with a minimum fare of 6.

  Scenario Outline: the fare for a ride
    Given a ride of <km> km
    When the meter is stopped
    Then the fare is <fare>

    Examples:
      | km  | fare |
      | 0.5 | 6    |
      | 1   | 6    |
      | 2   | 6    |
      | 3   | 6.1  |
      | 5   | 8.5  |
      | 10  | 14.5 |

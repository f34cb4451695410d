Feature: Taxi meter
  A ride costs 2.50 plus 1.20 per km, with a minimum fare of 6.

  Scenario Outline: the fare for a ride
    Given a ride of <km> km
    When the meter is stopped
    Then the fare is <fare>

    Examples:
      | km  | fare |
      | 20  | 26.5 |
      | 2.9 | 6    |
      | 4   | 7.3  |
      | 0   | 6    |
      | 50  | 62.5 |

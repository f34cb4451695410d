Feature: Bike share fares
  Non-members pay 1.00 euro to unlock a bike plus 0.20 per minute. Members pay no
  unlock fee, their first 45 minutes are included, and every minute after that
  costs 0.10.

  Scenario Outline: the fare for a ride
    Given a ride of <minutes> minutes
    And the rider is a member: <member>
    When the ride is charged
    Then the fare is <fare> euros

    Examples:
      | minutes | member | fare  |
      | 10      | no     | 3.00  |
      | 1       | no     | 1.20  |
      | 45      | no     | 10.00 |
      | 90      | no     | 19.00 |
      | 10      | yes    | 0.00  |
      | 45      | yes    | 0.00  |
      | 46      | yes    | 0.10  |
      | 90      | yes    | 4.50  |

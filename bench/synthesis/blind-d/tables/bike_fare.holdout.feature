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
      | minutes | member | fare |
      | 30      | no     | 7.00 |
      | 5       | no     | 2.00 |
      | 30      | yes    | 0.00 |
      | 47      | yes    | 0.20 |
      | 60      | yes    | 1.50 |
      | 120     | yes    | 7.50 |

Feature: Garden bonfire
  A bonfire may be lit when there is no dry weather warning, it is at least 10 m from the
  nearest house and the wind is at most 15 km/h; at 30 m or more from a house, wind up to 25
  km/h is fine.

  Scenario Outline: may the bonfire be lit
    Given a wind of <wind> km/h
    And a dry weather warning is in force: <warning>
    And the nearest house is <distance> m away
    When the bonfire is considered
    Then it may be lit: <allowed>

    Examples:
      | wind | warning | distance | allowed |
      | 15   | no      | 10       | yes     |
      | 16   | no      | 10       | no      |
      | 15   | no      | 9        | no      |
      | 5    | yes     | 40       | no      |
      | 25   | no      | 30       | yes     |
      | 26   | no      | 30       | no      |
      | 25   | no      | 29       | no      |
      | 0    | no      | 50       | yes     |
      | 20   | no      | 100      | yes     |

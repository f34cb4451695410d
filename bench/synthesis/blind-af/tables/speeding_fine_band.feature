Feature: Speeding fine band
  A driver caught over the speed limit gets a fine band. Up to 10 mph over the limit
  is band "A", 11 to 20 mph over is band "B" and more than 20 mph over is band "C".
  At or under the limit there is no fine, shown as "none".

  Scenario Outline: the band for a recorded speed
    Given a speed limit of <limit> mph
    And a recorded speed of <speed> mph
    When the fine band is looked up
    Then the band is "<band>"

    Examples:
      | limit | speed | band |
      | 30    | 30    | none |
      | 30    | 31    | A    |
      | 30    | 40    | A    |
      | 30    | 41    | B    |
      | 30    | 50    | B    |
      | 30    | 51    | C    |
      | 70    | 85    | B    |
      | 20    | 19    | none |
      | 60    | 81    | C    |

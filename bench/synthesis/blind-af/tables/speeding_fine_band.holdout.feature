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
      | 40    | 50    | A    |
      | 50    | 71    | C    |
      | 20    | 31    | B    |
      | 70    | 70    | none |
      | 60    | 62    | A    |
      | 40    | 60    | B    |

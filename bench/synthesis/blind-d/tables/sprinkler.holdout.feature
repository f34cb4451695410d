Feature: Garden sprinkler
  Sandy soil is watered for 30 minutes, loam for 20 and clay for 15. On days
  hotter than 30 degrees, water 10 minutes longer. When rain is forecast, water
  only half as long, rounding down to whole minutes.

  Scenario Outline: how long the sprinkler runs
    Given "<soil>" soil
    And a forecast of <degrees> degrees
    And rain is forecast: <rain>
    When the watering time is set
    Then the sprinkler runs for <minutes> minutes

    Examples:
      | soil | degrees | rain | minutes |
      | loam | 31      | no   | 30      |
      | sand | 32      | yes  | 20      |
      | loam | 30      | yes  | 10      |
      | sand | 10      | yes  | 15      |
      | clay | 30      | no   | 15      |
      | loam | 40      | yes  | 15      |

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
      | sand | 20      | no   | 30      |
      | loam | 20      | no   | 20      |
      | clay | 20      | no   | 15      |
      | sand | 30      | no   | 30      |
      | sand | 31      | no   | 40      |
      | clay | 35      | no   | 25      |
      | loam | 25      | yes  | 10      |
      | clay | 18      | yes  | 7       |
      | clay | 33      | yes  | 12      |

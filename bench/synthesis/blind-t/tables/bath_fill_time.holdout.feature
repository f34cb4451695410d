Feature: Bath filling time

  Scenario Outline: how long the bath takes
    Given the bath holds <litres> litres
    And the taps run at <flow> litres a minute
    When the filling time is worked out
    Then the bath takes <minutes> minutes to fill

    Examples:
      | litres | flow | minutes |
      | 140    | 15   | 10      |
      | 180    | 12   | 15      |
      | 110    | 9    | 13      |
      | 95     | 20   | 5       |
      | 130    | 14   | 10      |
      | 170    | 11   | 16      |

Feature: Bath filling time

  Scenario Outline: how long the bath takes
    Given the bath holds <litres> litres
    And the taps run at <flow> litres a minute
    When the filling time is worked out
    Then the bath takes <minutes> minutes to fill

    Examples:
      | litres | flow | minutes |
      | 120    | 12   | 10      |
      | 121    | 12   | 11      |
      | 150    | 12   | 13      |
      | 100    | 12   | 9       |
      | 80     | 16   | 5       |
      | 200    | 15   | 14      |
      | 90     | 8    | 12      |
      | 160    | 10   | 16      |

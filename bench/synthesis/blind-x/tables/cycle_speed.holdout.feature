Feature: Cycle ride speed
  The average speed is the distance over the moving time, in km/h to one decimal
  place, with halves rounded up.

  Scenario Outline: saving a ride
    Given the ride covered <km> km
    And the moving time was <minutes> minutes
    When the ride is saved
    Then the average speed shows <speed> km/h

    Examples:
      | km    | minutes | speed |
      | 100.0 | 240     | 25.0  |
      | 1.5   | 6       | 15.0  |
      | 6.4   | 25      | 15.4  |
      | 2.5   | 8       | 18.8  |
      | 55.5  | 180     | 18.5  |
      | 9.9   | 37      | 16.1  |

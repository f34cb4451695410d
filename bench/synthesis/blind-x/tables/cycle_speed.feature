Feature: Cycle ride speed
  The average speed is the distance over the moving time, in km/h to one decimal
  place, with halves rounded up.

  Scenario Outline: saving a ride
    Given the ride covered <km> km
    And the moving time was <minutes> minutes
    When the ride is saved
    Then the average speed shows <speed> km/h

    Examples:
      | km   | minutes | speed |
      | 20.0 | 60      | 20.0  |
      | 15.0 | 45      | 20.0  |
      | 10.0 | 35      | 17.1  |
      | 12.5 | 40      | 18.8  |
      | 8.3  | 30      | 16.6  |
      | 42.2 | 125     | 20.3  |
      | 5.0  | 21      | 14.3  |
      | 3.3  | 16      | 12.4  |
      | 7.1  | 32      | 13.3  |

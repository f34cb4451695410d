Feature: Flight delay compensation
  Passengers who reach their destination 3 hours late or more are owed compensation by
  the distance of the flight: 250.00 up to 1500 km, 400.00 up to 3500 km and 600.00
  beyond that. On flights over 3500 km that are less than 4 hours late the amount is
  halved.

  Scenario Outline: the compensation owed
    Given a flight of <distance> km
    And the passengers arrived <delay> minutes late
    When the claim is checked
    Then the compensation is <amount>

    Examples:
      | distance | delay | amount |
      | 1200     | 179   | 0.00   |
      | 1200     | 180   | 250.00 |
      | 1500     | 200   | 250.00 |
      | 1501     | 200   | 400.00 |
      | 3500     | 600   | 400.00 |
      | 3501     | 180   | 300.00 |
      | 3501     | 239   | 300.00 |
      | 3501     | 240   | 600.00 |
      | 9000     | 120   | 0.00   |

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
      | 800      | 300   | 250.00 |
      | 2400     | 181   | 400.00 |
      | 2400     | 90    | 0.00   |
      | 5000     | 200   | 300.00 |
      | 5000     | 260   | 600.00 |
      | 4000     | 170   | 0.00   |

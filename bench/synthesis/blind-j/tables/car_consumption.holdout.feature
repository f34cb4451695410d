Feature: Trip fuel consumption

  Scenario Outline: consumption of one trip
    Given a trip of <km> km
    And <litres> litres of fuel were used
    When the consumption is worked out
    Then the car used <per100> l/100 km

    Examples:
      | km   | litres | per100 |
      | 150  | 9.0    | 6.0    |
      | 720  | 50.4   | 7.0    |
      | 275  | 18.6   | 6.8    |
      | 90   | 5.3    | 5.9    |
      | 1200 | 61.5   | 5.1    |
      | 38   | 3.9    | 10.3   |

Feature: Trip fuel consumption

  Scenario Outline: consumption of one trip
    Given a trip of <km> km
    And <litres> litres of fuel were used
    When the consumption is worked out
    Then the car used <per100> l/100 km

    Examples:
      | km   | litres | per100 |
      | 100  | 6.0    | 6.0    |
      | 412  | 28.5   | 6.9    |
      | 250  | 20.0   | 8.0    |
      | 530  | 31.2   | 5.9    |
      | 80   | 7.1    | 8.9    |
      | 1000 | 45.0   | 4.5    |
      | 333  | 21.0   | 6.3    |
      | 45   | 4.4    | 9.8    |
      | 620  | 38.7   | 6.2    |

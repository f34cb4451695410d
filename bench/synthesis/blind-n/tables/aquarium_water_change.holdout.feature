Feature: Aquarium water change
  Each week the given share of the tank is changed, rounded to the nearest litre, and carried in 10-litre buckets.

  Scenario Outline: planning a water change
    Given a tank of <tank> litres
    And a weekly change of <percent> percent
    When the water change is planned
    Then the litres to change are <litres>
    And the buckets needed are <buckets>

    Examples:
      | tank | percent | litres | buckets |
      | 180  | 25      | 45     | 5       |
      | 90   | 30      | 27     | 3       |
      | 240  | 20      | 48     | 5       |
      | 64   | 15      | 10     | 1       |
      | 150  | 50      | 75     | 8       |
      | 37   | 20      | 7      | 1       |

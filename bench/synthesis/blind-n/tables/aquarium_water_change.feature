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
      | 100  | 25      | 25     | 3       |
      | 200  | 10      | 20     | 2       |
      | 60   | 20      | 12     | 2       |
      | 54   | 30      | 16     | 2       |
      | 120  | 15      | 18     | 2       |
      | 45   | 20      | 9      | 1       |
      | 250  | 40      | 100    | 10      |
      | 75   | 25      | 19     | 2       |
      | 33   | 10      | 3      | 1       |

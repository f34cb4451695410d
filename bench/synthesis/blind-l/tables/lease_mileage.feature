Feature: Lease mileage check

  Scenario Outline: checking the mileage at the end of the lease
    Given the lease allows <allowed> miles
    And the car has done <driven> miles
    When the mileage is checked
    Then the mileage note is "<note>"
    And the excess charge is <charge>

    Examples:
      | allowed | driven | note            | charge |
      | 10000   | 9750   | 250 miles left  | 0.00   |
      | 10000   | 10000  | on the limit    | 0.00   |
      | 10000   | 10001  | 1 mile over     | 0.12   |
      | 10000   | 9999   | 1 mile left     | 0.00   |
      | 12000   | 12850  | 850 miles over  | 102.00 |
      | 8000    | 3120   | 4880 miles left | 0.00   |
      | 15000   | 15375  | 375 miles over  | 45.00  |
      | 8000    | 8042   | 42 miles over   | 5.04   |

Feature: Lease mileage check

  Scenario Outline: checking the mileage at the end of the lease
    Given the lease allows <allowed> miles
    And the car has done <driven> miles
    When the mileage is checked
    Then the mileage note is "<note>"
    And the excess charge is <charge>

    Examples:
      | allowed | driven | note            | charge |
      | 12000   | 11400  | 600 miles left  | 0.00   |
      | 15000   | 15001  | 1 mile over     | 0.12   |
      | 8000    | 8000   | on the limit    | 0.00   |
      | 10000   | 11234  | 1234 miles over | 148.08 |
      | 12000   | 11999  | 1 mile left     | 0.00   |
      | 15000   | 16020  | 1020 miles over | 122.40 |

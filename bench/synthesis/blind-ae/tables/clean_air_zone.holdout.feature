Feature: Clean air zone charge
  Electric vehicles drive in free. Petrol vehicles of Euro 4 or newer and diesel vehicles
  of Euro 6 or newer are free too. Any other car pays 9.00 a day and any other van 12.50.

  Scenario Outline: the daily charge for a vehicle
    Given a "<type>" that runs on "<fuel>"
    And it meets Euro <euro>
    When the daily charge is worked out
    Then the charge is <charge>

    Examples:
      | type | fuel   | euro | charge |
      | van  | diesel | 6    | 0.00   |
      | car  | diesel | 4    | 9.00   |
      | van  | petrol | 3    | 12.50  |
      | car  | petrol | 5    | 0.00   |
      | van  | diesel | 4    | 12.50  |
      | car  | petrol | 2    | 9.00   |

Feature: Clean air zone charge
  Electric vehicles drive in free. Petrol vehicles of Euro 4 or newer and diesel vehicles
  of Euro 6 or newer are free too. Any other car pays 9.00 a day and any other van 12.50.

  Scenario Outline: the daily charge for a vehicle
    Given a "<type>" that runs on "<fuel>"
    And it meets Euro <euro>
    When the daily charge is worked out
    Then the charge is <charge>

    Examples:
      | type | fuel     | euro | charge |
      | car  | petrol   | 4    | 0.00   |
      | car  | petrol   | 3    | 9.00   |
      | car  | diesel   | 6    | 0.00   |
      | car  | diesel   | 5    | 9.00   |
      | van  | diesel   | 5    | 12.50  |
      | van  | petrol   | 4    | 0.00   |
      | van  | electric | 6    | 0.00   |
      | van  | petrol   | 2    | 12.50  |
      | car  | electric | 6    | 0.00   |

Feature: Slimming club weigh-in

  Scenario Outline: recording a weigh-in
    Given last week's weight was <before> kg
    And this week's weight is <after> kg
    When the weekly weigh-in is recorded
    Then the member card says "<note>"

    Examples:
      | before | after | note          |
      | 82.4   | 81.0  | Lost 1.4 kg   |
      | 82.4   | 82.4  | No change     |
      | 70.0   | 70.6  | Gained 0.6 kg |
      | 95.3   | 93.3  | Lost 2.0 kg   |
      | 64.1   | 64.0  | Lost 0.1 kg   |
      | 58.9   | 60.0  | Gained 1.1 kg |
      | 101.2  | 99.9  | Lost 1.3 kg   |
      | 77.7   | 77.8  | Gained 0.1 kg |

Feature: Slimming club weigh-in

  Scenario Outline: recording a weigh-in
    Given last week's weight was <before> kg
    And this week's weight is <after> kg
    When the weekly weigh-in is recorded
    Then the member card says "<note>"

    Examples:
      | before | after | note          |
      | 90.0   | 88.5  | Lost 1.5 kg   |
      | 66.6   | 66.6  | No change     |
      | 73.2   | 75.0  | Gained 1.8 kg |
      | 120.4  | 118.4 | Lost 2.0 kg   |
      | 55.5   | 55.4  | Lost 0.1 kg   |
      | 80.9   | 81.9  | Gained 1.0 kg |

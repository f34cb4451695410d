Feature: Roasting times
  A roast needs 40 minutes per kilogram, plus 20 minutes. The time is shown as
  hours and minutes, rounded up to a whole minute.

  Scenario Outline: how long a roast goes in the oven
    Given a roast weighing <kg> kg
    When the roasting time is worked out
    Then the roast needs "<time>"

    Examples:
      | kg   | time |
      | 1    | 1:00 |
      | 2.5  | 2:00 |
      | 0.5  | 0:40 |
      | 1.2  | 1:08 |
      | 3    | 2:20 |
      | 0.75 | 0:50 |
      | 1.33 | 1:14 |
      | 4.1  | 3:04 |

Feature: Roasting times
  A roast needs 40 minutes per kilogram, plus 20 minutes. The time is shown as
  hours and minutes, rounded up to a whole minute.

  Scenario Outline: how long a roast goes in the oven
    Given a roast weighing <kg> kg
    When the roasting time is worked out
    Then the roast needs "<time>"

    Examples:
      | kg   | time |
      | 2    | 1:40 |
      | 0.25 | 0:30 |
      | 1.9  | 1:36 |
      | 5    | 3:40 |
      | 2.21 | 1:49 |

Feature: Bus stop display

  Scenario Outline: announcing a bus
    Given line <line> was due at "<due>"
    And it arrived at "<arrived>"
    When the stop display is updated
    Then it reads "<message>"

    Examples:
      | line | due   | arrived | message                    |
      | 12   | 08:52 | 08:52   | Line 12 is on time         |
      | 12   | 08:52 | 08:53   | Line 12 is 1 minute late   |
      | 12   | 08:52 | 09:07   | Line 12 is 15 minutes late |
      | 4    | 14:30 | 14:28   | Line 4 is 2 minutes early  |
      | 4    | 14:30 | 14:29   | Line 4 is 1 minute early   |
      | 31   | 23:55 | 00:10   | Line 31 is 15 minutes late |
      | 7    | 17:05 | 18:12   | Line 7 is 67 minutes late  |
      | 7    | 06:00 | 06:02   | Line 7 is 2 minutes late   |

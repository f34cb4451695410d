Feature: Bus stop display

  Scenario Outline: announcing a bus
    Given line <line> was due at "<due>"
    And it arrived at "<arrived>"
    When the stop display is updated
    Then it reads "<message>"

    Examples:
      | line | due   | arrived | message                    |
      | 9    | 10:10 | 10:10   | Line 9 is on time          |
      | 9    | 10:10 | 10:11   | Line 9 is 1 minute late    |
      | 22   | 12:58 | 13:04   | Line 22 is 6 minutes late  |
      | 22   | 07:45 | 07:40   | Line 22 is 5 minutes early |
      | 31   | 23:50 | 00:04   | Line 31 is 14 minutes late |
      | 15   | 19:00 | 20:30   | Line 15 is 90 minutes late |

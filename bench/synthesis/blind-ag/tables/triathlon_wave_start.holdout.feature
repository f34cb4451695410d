Feature: Triathlon wave starts
  Swimmers start in waves. Wave 1 goes at the race start time and each later wave goes a
  fixed number of minutes after the one before. All waves start on the same morning.

  Scenario Outline: the start time for a swimmer
    Given the race starts at "<start>"
    And the waves go off every <gap> minutes
    And the swimmer is in wave <wave>
    When the wave start is looked up
    Then the swimmer starts at "<time>"

    Examples:
      | start | gap | wave | time  |
      | 07:00 | 5   | 13   | 08:00 |
      | 08:40 | 7   | 4    | 09:01 |
      | 06:30 | 3   | 1    | 06:30 |
      | 10:50 | 8   | 9    | 11:54 |
      | 05:59 | 2   | 2    | 06:01 |
      | 07:45 | 12  | 6    | 08:45 |

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
      | 07:30 | 5   | 1    | 07:30 |
      | 07:30 | 5   | 2    | 07:35 |
      | 07:30 | 5   | 7    | 08:00 |
      | 06:45 | 4   | 5    | 07:01 |
      | 08:50 | 3   | 5    | 09:02 |
      | 06:00 | 10  | 12   | 07:50 |
      | 07:55 | 6   | 2    | 08:01 |
      | 09:15 | 15  | 4    | 10:00 |
      | 06:58 | 2   | 31   | 07:58 |

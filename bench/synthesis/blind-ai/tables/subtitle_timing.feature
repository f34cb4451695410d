Feature: Subtitle timing
  A subtitle time is written as hours, minutes and seconds of two digits
  each, then a comma and three digits of milliseconds, like "01:02:03,045".
  If the sound is out of step, every subtitle is moved by a delay in
  milliseconds, which may be negative, but no subtitle is moved to before
  the start of the film.

  Scenario Outline: writing a subtitle time
    Given a subtitle that starts <start> milliseconds into the film
    And a delay of <delay> milliseconds
    When the subtitle time is written
    Then the time reads "<time>"

    Examples:
      | start    | delay | time         |
      | 65250    | 0     | 00:01:05,250 |
      | 0        | 0     | 00:00:00,000 |
      | 5000     | -5500 | 00:00:00,000 |
      | 3599990  | 10    | 01:00:00,000 |
      | 754020   | 1500  | 00:12:35,520 |
      | 3725007  | -2000 | 01:02:03,007 |
      | 45678    | -678  | 00:00:45,000 |
      | 36000000 | 250   | 10:00:00,250 |
      | 1000     | -1000 | 00:00:00,000 |

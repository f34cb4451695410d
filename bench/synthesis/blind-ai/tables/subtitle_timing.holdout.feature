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
      | 59999    | 0     | 00:00:59,999 |
      | 120500   | -500  | 00:02:00,000 |
      | 2000     | -3000 | 00:00:00,000 |
      | 7384056  | 750   | 02:03:04,806 |
      | 600000   | 90    | 00:10:00,090 |
      | 86399000 | -999  | 23:59:58,001 |

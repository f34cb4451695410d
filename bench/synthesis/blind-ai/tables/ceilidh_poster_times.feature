Feature: Ceilidh poster times
  The poster gives the times the way people say them: on the 12-hour clock
  with "am" or "pm" and no leading zero, and with the minutes only when the
  time is not on the hour, so 19:30 is "7:30pm" and 23:00 is "11pm". Midday
  is "12pm" and midnight is "12am". The start and the end are joined by the
  word "till".

  Scenario Outline: the times on the poster
    Given the ceilidh runs from "<from>" to "<to>"
    When the poster line is written
    Then the poster says "<line>"

    Examples:
      | from  | to    | line                |
      | 19:30 | 23:00 | 7:30pm till 11pm    |
      | 20:00 | 00:00 | 8pm till 12am       |
      | 12:00 | 15:45 | 12pm till 3:45pm    |
      | 18:05 | 22:30 | 6:05pm till 10:30pm |
      | 13:15 | 17:00 | 1:15pm till 5pm     |
      | 11:30 | 14:00 | 11:30am till 2pm    |
      | 21:00 | 01:30 | 9pm till 1:30am     |
      | 10:00 | 12:30 | 10am till 12:30pm   |
      | 19:45 | 00:15 | 7:45pm till 12:15am |

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
      | 20:30 | 23:45 | 8:30pm till 11:45pm |
      | 14:00 | 18:00 | 2pm till 6pm        |
      | 12:20 | 16:00 | 12:20pm till 4pm    |
      | 09:30 | 11:55 | 9:30am till 11:55am |
      | 22:00 | 02:00 | 10pm till 2am       |
      | 19:00 | 00:40 | 7pm till 12:40am    |

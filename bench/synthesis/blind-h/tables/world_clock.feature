Feature: World clock
  Winter offsets from London: Paris +1 hour, Dubai +4 hours, Delhi +5 hours
  30 minutes, Tokyo +9 hours, New York -5 hours. The day there is "same",
  "next" or "previous" compared with the day in London.

  Scenario Outline: time in another city
    Given it is "<london>" in London
    When the clock for "<city>" is looked up
    Then that clock shows "<local>"
    And the day there is "<day>"

    Examples:
      | london | city     | local | day      |
      | 12:00  | Paris    | 13:00 | same     |
      | 23:30  | Paris    | 00:30 | next     |
      | 10:15  | Tokyo    | 19:15 | same     |
      | 16:00  | Tokyo    | 01:00 | next     |
      | 03:00  | New York | 22:00 | previous |
      | 05:00  | New York | 00:00 | same     |
      | 18:45  | Delhi    | 00:15 | next     |
      | 08:00  | Dubai    | 12:00 | same     |
      | 20:00  | Dubai    | 00:00 | next     |

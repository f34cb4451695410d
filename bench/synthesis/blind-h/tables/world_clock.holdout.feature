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
      | 00:00  | New York | 19:00 | previous |
      | 14:59  | Tokyo    | 23:59 | same     |
      | 09:10  | Delhi    | 14:40 | same     |
      | 22:50  | Dubai    | 02:50 | next     |
      | 06:40  | Paris    | 07:40 | same     |
      | 18:30  | Delhi    | 00:00 | next     |

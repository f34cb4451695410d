Feature: Snow day decision
  The head decides early on each snowy morning. A broken boiler closes the school whatever the
  weather. Otherwise 15 cm of snow or more closes it; with less snow the school opens late when
  the buses are not running, and as usual when they are.

  Scenario Outline: deciding whether the school opens
    Given <snow> cm of snow fell overnight
    And the boiler is working: <boiler>
    And the school buses are running: <buses>
    When the head decides about the day
    Then the school is "<decision>"

    Examples:
      | snow | boiler | buses | decision      |
      | 0    | yes    | yes   | open as usual |
      | 14   | yes    | yes   | open as usual |
      | 15   | yes    | yes   | closed        |
      | 14   | yes    | no    | opening late  |
      | 15   | yes    | no    | closed        |
      | 8    | yes    | no    | opening late  |
      | 0    | no     | yes   | closed        |
      | 3    | no     | no    | closed        |
      | 30   | yes    | yes   | closed        |

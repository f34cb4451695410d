Feature: Team codes on the scoreboard

  Scenario Outline: shortening a team name
    Given the team is called "<team>"
    When its scoreboard code is made
    Then the scoreboard shows "<code>"

    Examples:
      | team                                   | code |
      | Villa                                  | VIL  |
      | Athletic                               | ATH  |
      | Notts County                           | NCO  |
      | Sheffield Wednesday                    | SWE  |
      | Milton Keynes Dons                     | MKD  |
      | Wolverhampton Wanderers Women Reserves | WWW  |

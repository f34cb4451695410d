Feature: Team codes on the scoreboard

  Scenario Outline: shortening a team name
    Given the team is called "<team>"
    When its scoreboard code is made
    Then the scoreboard shows "<code>"

    Examples:
      | team                       | code |
      | Rovers                     | ROV  |
      | Harriers                   | HAR  |
      | Wanderers                  | WAN  |
      | Aston Villa                | AVI  |
      | Crystal Palace             | CPA  |
      | Oxford City                | OCI  |
      | West Ham United            | WHU  |
      | Queens Park Rangers        | QPR  |
      | Forest Green Rovers Ladies | FGR  |

Feature: Appeal progress banner
  The banner shows the amount raised and the target in whole pounds, and the
  share of the target as a whole percent rounded down. Once the target is met
  the banner says so instead.

  Scenario Outline: banner text
    Given the appeal has raised <raised> pounds
    And its target is <target> pounds
    When the banner is shown
    Then it reads "<banner>"

    Examples:
      | raised | target | banner                                  |
      | 0      | 500    | 0 of 500 raised (0%)                    |
      | 320    | 500    | 320 of 500 raised (64%)                 |
      | 499    | 500    | 499 of 500 raised (99%)                 |
      | 500    | 500    | Target reached: 500 raised of 500       |
      | 540    | 500    | Target reached: 540 raised of 500       |
      | 1250   | 3000   | 1,250 of 3,000 raised (41%)             |
      | 85     | 120    | 85 of 120 raised (70%)                  |
      | 12400  | 10000  | Target reached: 12,400 raised of 10,000 |

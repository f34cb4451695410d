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
      | raised | target | banner                                |
      | 150    | 600    | 150 of 600 raised (25%)               |
      | 2999   | 3000   | 2,999 of 3,000 raised (99%)           |
      | 200    | 300    | 200 of 300 raised (66%)               |
      | 5000   | 4000   | Target reached: 5,000 raised of 4,000 |
      | 750    | 750    | Target reached: 750 raised of 750     |
      | 18500  | 25000  | 18,500 of 25,000 raised (74%)         |

Feature: PE lesson teams
  The teacher makes as many full teams as possible; the children left over help referee.

  Scenario Outline: children left over
    Given <children> children in the class
    And teams of <size>
    When the teams are picked
    Then <referees> children help referee

    Examples:
      | children | size | referees |
      | 20       | 5    | 0        |
      | 22       | 5    | 2        |
      | 17       | 4    | 1        |
      | 30       | 6    | 0        |
      | 11       | 3    | 2        |
      | 7        | 10   | 7        |

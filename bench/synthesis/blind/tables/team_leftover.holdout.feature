Feature: PE lesson teams
  The teacher makes as many full teams as possible; the children left over help referee.

  Scenario Outline: children left over
    Given <children> children in the class
    And teams of <size>
    When the teams are picked
    Then <referees> children help referee

    Examples:
      | children | size | referees |
      | 100      | 7    | 2        |
      | 24       | 4    | 0        |
      | 0        | 3    | 0        |
      | 13       | 2    | 1        |
      | 29       | 6    | 5        |

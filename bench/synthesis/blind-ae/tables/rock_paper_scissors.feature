Feature: Rock paper scissors
  Rock beats scissors, scissors beat paper and paper beats rock. The same choice on both
  sides is a draw.

  Scenario Outline: one round
    Given "<first>" plays "<firstsign>"
    And "<second>" answers with "<secondsign>"
    When the round is played
    Then the result is "<result>"

    Examples:
      | first | firstsign | second | secondsign | result   |
      | Ana   | rock      | Ben    | scissors   | Ana wins |
      | Ana   | rock      | Ben    | paper      | Ben wins |
      | Cai   | paper     | Dev    | paper      | draw     |
      | Eli   | scissors  | Fay    | paper      | Eli wins |
      | Eli   | scissors  | Fay    | rock       | Fay wins |
      | Gus   | paper     | Hal    | rock       | Gus wins |
      | Ivo   | rock      | Jan    | rock       | draw     |
      | Kim   | paper     | Lou    | scissors   | Lou wins |
      | Max   | scissors  | Ned    | scissors   | draw     |

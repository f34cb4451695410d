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
      | Ola   | rock      | Pam    | paper      | Pam wins |
      | Quin  | scissors  | Ros    | rock       | Ros wins |
      | Sid   | paper     | Tia    | rock       | Sid wins |
      | Uma   | rock      | Vic    | scissors   | Uma wins |
      | Wes   | paper     | Xan    | scissors   | Xan wins |
      | Yas   | scissors  | Zed    | paper      | Yas wins |

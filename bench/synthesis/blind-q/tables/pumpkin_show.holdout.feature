Feature: Giant pumpkin show

  Scenario Outline: judging the last two pumpkins
    Given Ivy's pumpkin weighs <ivy_kg> kg and measures <ivy_cm> cm round
    And Tom's pumpkin weighs <tom_kg> kg and measures <tom_cm> cm round
    When the two pumpkins are judged
    Then the winner is "<winner>"
    And the weight gap is <gap> kg

    Examples:
      | ivy_kg | ivy_cm | tom_kg | tom_cm | winner | gap   |
      | 175.5  | 300    | 180.2  | 298    | Tom    | 4.7   |
      | 99.9   | 222    | 99.9   | 221    | Ivy    | 0.0   |
      | 40.0   | 150    | 40.0   | 150    | shared | 0.0   |
      | 250.0  | 330    | 249.9  | 340    | Ivy    | 0.1   |
      | 70.4   | 190    | 70.4   | 195    | Tom    | 0.0   |
      | 123.4  | 260    | 23.4   | 140    | Ivy    | 100.0 |

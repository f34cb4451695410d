Feature: Giant pumpkin show

  Scenario Outline: judging the last two pumpkins
    Given Ivy's pumpkin weighs <ivy_kg> kg and measures <ivy_cm> cm round
    And Tom's pumpkin weighs <tom_kg> kg and measures <tom_cm> cm round
    When the two pumpkins are judged
    Then the winner is "<winner>"
    And the weight gap is <gap> kg

    Examples:
      | ivy_kg | ivy_cm | tom_kg | tom_cm | winner | gap   |
      | 212.4  | 310    | 198.7  | 305    | Ivy    | 13.7  |
      | 150.0  | 280    | 150.1  | 270    | Tom    | 0.1   |
      | 150.1  | 270    | 150.0  | 280    | Ivy    | 0.1   |
      | 88.5   | 200    | 88.5   | 204    | Tom    | 0.0   |
      | 88.5   | 204    | 88.5   | 200    | Ivy    | 0.0   |
      | 95.0   | 210    | 95.0   | 210    | shared | 0.0   |
      | 301.2  | 350    | 45.8   | 190    | Ivy    | 255.4 |
      | 60.3   | 180    | 120.0  | 240    | Tom    | 59.7  |
      | 10.0   | 95     | 9.9    | 101    | Ivy    | 0.1   |

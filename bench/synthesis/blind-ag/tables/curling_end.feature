Feature: Scoring a curling end
  Only a stone in the house, within 183 cm of the button, can score. The team with the
  stone nearest the button takes the end. If no stone is in the house, or the two nearest
  stones are the same distance away, the end is blank.

  Scenario Outline: who takes the end
    Given red's nearest stone is <red> cm from the button
    And yellow's nearest stone is <yellow> cm from the button
    When the end is scored
    Then the end goes to "<result>"

    Examples:
      | red | yellow | result |
      | 30  | 80     | red    |
      | 95  | 40     | yellow |
      | 183 | 184    | red    |
      | 184 | 183    | yellow |
      | 200 | 250    | blank  |
      | 60  | 60     | blank  |
      | 0   | 12     | red    |
      | 190 | 185    | blank  |
      | 150 | 300    | red    |

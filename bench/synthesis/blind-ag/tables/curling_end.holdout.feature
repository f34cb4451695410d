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
      | 75  | 20     | yellow |
      | 183 | 183    | blank  |
      | 184 | 190    | blank  |
      | 300 | 5      | yellow |
      | 110 | 111    | red    |
      | 1   | 0      | yellow |

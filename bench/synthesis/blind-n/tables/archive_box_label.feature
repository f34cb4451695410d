Feature: Archive box label

  Scenario Outline: the label on an archive box
    Given the surname "<surname>"
    And box number <box>
    When the box is labelled
    Then the label reads "<label>"

    Examples:
      | surname     | box | label             |
      | Austen      | 7   | AUSTEN / 007      |
      | Okafor      | 42  | OKAFOR / 042      |
      | O'Neill     | 120 | O'NEILL / 120     |
      | de la Cruz  | 3   | DE LA CRUZ / 003  |
      | Smith-Jones | 999 | SMITH-JONES / 999 |
      | Li          | 10  | LI / 010          |
      | brown       | 1   | BROWN / 001       |
      | Nakamura    | 100 | NAKAMURA / 100    |

Feature: Archive box label

  Scenario Outline: the label on an archive box
    Given the surname "<surname>"
    And box number <box>
    When the box is labelled
    Then the label reads "<label>"

    Examples:
      | surname    | box | label            |
      | Patel      | 5   | PATEL / 005      |
      | McDonald   | 88  | MCDONALD / 088   |
      | van Dijk   | 250 | VAN DIJK / 250   |
      | Ng         | 9   | NG / 009         |
      | O'Brien    | 31  | O'BRIEN / 031    |
      | Hart-Davis | 600 | HART-DAVIS / 600 |

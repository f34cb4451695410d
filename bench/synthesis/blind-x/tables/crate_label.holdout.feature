Feature: Crate label

  Scenario Outline: labelling a crate of produce
    Given the crate comes from "<farm>"
    And the crate number is <number>
    When the crate is labelled
    Then the label reads "<label>"

    Examples:
      | farm      | number | label    |
      | Fernhill  | 3      | FER-0003 |
      | Stonegate | 2468   | STO-2468 |
      | Parkgate  | 60     | PAR-0060 |
      | Kingsmead | 999    | KIN-0999 |
      | Riverside | 1000   | RIV-1000 |
      | Yew       | 11     | YEW-0011 |

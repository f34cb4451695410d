Feature: Ballot paper names
  Each candidate appears on the ballot paper as their surname in capitals, a comma and
  their other names as they gave them, with the party after it in brackets.

  Scenario Outline: setting a candidate line
    Given the candidate's name is "<name>"
    And the candidate stands for "<party>"
    When the ballot paper is set
    Then the line reads "<line>"

    Examples:
      | name                      | party             | line                                      |
      | Kwame Mensah              | Green Party       | MENSAH, Kwame (Green Party)               |
      | Anna Maria Lucia Rossi    | Labour            | ROSSI, Anna Maria Lucia (Labour)          |
      | Jo Fitzgerald-Hart        | Independent       | FITZGERALD-HART, Jo (Independent)         |
      | Siobhan O'Connor          | Liberal Democrats | O'CONNOR, Siobhan (Liberal Democrats)     |
      | Wen Zhou                  | Residents First   | ZHOU, Wen (Residents First)               |
      | Harriet Rose Ann Mae Bell | Conservative      | BELL, Harriet Rose Ann Mae (Conservative) |

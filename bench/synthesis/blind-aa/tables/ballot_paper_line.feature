Feature: Ballot paper names
  Each candidate appears on the ballot paper as their surname in capitals, a comma and
  their other names as they gave them, with the party after it in brackets.

  Scenario Outline: setting a candidate line
    Given the candidate's name is "<name>"
    And the candidate stands for "<party>"
    When the ballot paper is set
    Then the line reads "<line>"

    Examples:
      | name                  | party             | line                                  |
      | Jane Doe              | Green Party       | DOE, Jane (Green Party)               |
      | Mohammed Ali Khan     | Labour            | KHAN, Mohammed Ali (Labour)           |
      | Sarah Jane Mary Ellis | Conservative      | ELLIS, Sarah Jane Mary (Conservative) |
      | Tom O'Neill           | Independent       | O'NEILL, Tom (Independent)            |
      | Priya Shah-Jones      | Liberal Democrats | SHAH-JONES, Priya (Liberal Democrats) |
      | Ruth McDonald         | Reform            | MCDONALD, Ruth (Reform)               |
      | Ed Li                 | Independent       | LI, Ed (Independent)                  |
      | Bronwen Ann Price     | Plaid Cymru       | PRICE, Bronwen Ann (Plaid Cymru)      |

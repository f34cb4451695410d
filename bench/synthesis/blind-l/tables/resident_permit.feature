Feature: Resident parking permit codes

  Scenario Outline: printing a permit
    Given a permit for "<street>"
    And permit number <number>
    When the permit code is printed
    Then the permit code is "<code>"

    Examples:
      | street          | number | code     |
      | Elm Grove       | 42     | ELM-0042 |
      | Oakfield Road   | 7      | OAK-0007 |
      | Victoria Street | 1234   | VIC-1234 |
      | Mill Lane       | 310    | MIL-0310 |
      | Church Hill     | 1      | CHU-0001 |
      | Beech Avenue    | 58     | BEE-0058 |
      | Kingsway        | 905    | KIN-0905 |
      | Park Terrace    | 2000   | PAR-2000 |

Feature: Street sign

  Scenario Outline: the text on a street sign
    Given the street "<street>"
    When the sign is made
    Then the sign reads "<sign>"

    Examples:
      | street        | sign         |
      | Station Road  | STATION RD   |
      | Mill Lane     | MILL LN      |
      | Church Street | CHURCH ST    |
      | Park Avenue   | PARK AVE     |
      | High Street   | HIGH ST      |
      | Baker's Lane  | BAKER'S LN   |
      | Green Road    | GREEN RD     |
      | The Crescent  | THE CRESCENT |
      | Long Acre     | LONG ACRE    |

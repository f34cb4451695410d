Feature: Gym locker codes
  A locker code is the first three letters of the member's surname in capitals, a
  dash, and the locker number with leading zeros to make four digits. A surname
  with fewer than three letters is filled up with X.

  Scenario Outline: code printed on the locker key
    Given a member with the surname "<surname>"
    And locker number <locker>
    When the locker code is made
    Then the code is "<code>"

    Examples:
      | surname | locker | code     |
      | Smith   | 42     | SMI-0042 |
      | garcia  | 7      | GAR-0007 |
      | Li      | 105    | LIX-0105 |
      | O'Brien | 3      | OBR-0003 |
      | Nguyen  | 1000   | NGU-1000 |
      | Wu      | 9999   | WUX-9999 |
      | Okafor  | 1      | OKA-0001 |
      | Ito     | 88     | ITO-0088 |

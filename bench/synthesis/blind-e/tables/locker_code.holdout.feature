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
      | surname   | locker | code     |
      | Ng        | 12     | NGX-0012 |
      | Fernandez | 560    | FER-0560 |
      | d'Souza   | 24     | DSO-0024 |
      | kowalski  | 3021   | KOW-3021 |
      | Ek        | 9      | EKX-0009 |

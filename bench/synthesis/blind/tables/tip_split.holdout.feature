Feature: Splitting the bill
  Add the tip to the bill, share the total equally between the diners, and round each share to the cent.

  Scenario Outline: what each diner pays
    Given a restaurant bill of <bill>
    And a tip of <tip> percent
    And <diners> diners sharing it
    When the bill is split
    Then each diner pays <share>

    Examples:
      | bill | tip | diners | share |
      | 90   | 10  | 4      | 24.75 |
      | 50   | 0   | 3      | 16.67 |
      | 120  | 20  | 6      | 24    |
      | 35   | 15  | 1      | 40.25 |
      | 10   | 0   | 3      | 3.33  |

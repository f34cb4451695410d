Feature: Splitting the bill
  Add the tip to the bill, share the total equally between the diners, and round each share to the cent.

  Scenario Outline: what each diner pays
    Given a restaurant bill of <bill>
    And a tip of <tip> percent
    And <diners> diners sharing it
    When the bill is split
    Then each diner pays <share>

    Examples:
      | bill | tip  | diners | share |
      | 100  | 10   | 4      | 27.5  |
      | 60   | 0    | 3      | 20    |
      | 80   | 15   | 2      | 46    |
      | 45   | 20   | 3      | 18    |
      | 200  | 12.5 | 5      | 45    |
      | 30   | 10   | 1      | 33    |

Feature: Term attendance
  The attendance is the days present as a percentage of the school days,
  rounded down to a whole percent. Below 90 percent a letter goes home.

  Scenario Outline: attendance on the term report
    Given <present> days present out of <days> school days
    When the term report is written
    Then the attendance is <rate> percent
    And a letter is sent: <letter>

    Examples:
      | present | days | rate | letter |
      | 60      | 60   | 100  | no     |
      | 54      | 60   | 90   | no     |
      | 53      | 60   | 88   | yes    |
      | 57      | 63   | 90   | no     |
      | 56      | 63   | 88   | yes    |
      | 0       | 40   | 0    | yes    |
      | 45      | 50   | 90   | no     |
      | 62      | 69   | 89   | yes    |
      | 79      | 80   | 98   | no     |

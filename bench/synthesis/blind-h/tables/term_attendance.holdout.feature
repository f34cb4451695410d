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
      | 38      | 40   | 95   | no     |
      | 35      | 40   | 87   | yes    |
      | 64      | 71   | 90   | no     |
      | 26      | 29   | 89   | yes    |
      | 12      | 12   | 100  | no     |
      | 50      | 70   | 71   | yes    |

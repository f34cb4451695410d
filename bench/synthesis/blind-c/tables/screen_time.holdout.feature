Feature: Screen time allowance
  Children under 8 get 60 minutes of screen time a day, children from 8 to 12
  get 90 minutes, and anyone 13 or older gets 120 minutes. On a day that is
  not a school day the allowance is 30 minutes longer. Minutes left never go
  below 0, and a child is over the limit only when they have used more than
  the allowance.

  Scenario Outline: school days
    Given a child aged <age>
    And it is a school day: <school_day>
    And <used> minutes have been used today
    When the allowance is checked
    Then the daily limit is <limit> minutes
    And minutes left: <left>
    And over the limit: <over>

    Examples:
      | age | school_day | used | limit | left | over  |
      | 13  | yes        | 121  | 120   | 0    | true  |
      | 7   | yes        | 0    | 60    | 60   | false |

  Scenario Outline: weekends and holidays
    Given a child aged <age>
    And it is a school day: <school_day>
    And <used> minutes have been used today
    When the allowance is checked
    Then the daily limit is <limit> minutes
    And minutes left: <left>
    And over the limit: <over>

    Examples:
      | age | school_day | used | limit | left | over  |
      | 8   | no         | 119  | 120   | 1    | false |
      | 17  | no         | 151  | 150   | 0    | true  |
      | 12  | no         | 0    | 120   | 120  | false |

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
      | 6   | yes        | 20   | 60    | 40   | false |
      | 8   | yes        | 90   | 90    | 0    | false |
      | 12  | yes        | 100  | 90    | 0    | true  |
      | 15  | yes        | 45   | 120   | 75   | false |

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
      | 7   | no         | 100  | 90    | 0    | true  |
      | 10  | no         | 30   | 120   | 90   | false |
      | 13  | no         | 150  | 150   | 0    | false |

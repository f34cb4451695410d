Feature: Late pick-up at the after-school club
  The club closes at 18:00, with five minutes' grace: a child collected by 18:05
  costs nothing extra. After that parents pay 5.00 for every 10 minutes or part
  of 10 minutes after 18:00, but never more than 60.00.

  Scenario Outline: charging for a late collection
    Given a child collected at "<time>"
    When the late charge is worked out
    Then the minutes late are <minutes>
    And the charge is <charge>

    Examples:
      | time  | minutes | charge |
      | 16:30 | 0       | 0.00   |
      | 18:03 | 3       | 0.00   |
      | 18:25 | 25      | 15.00  |
      | 19:41 | 101     | 55.00  |
      | 19:51 | 111     | 60.00  |
      | 21:15 | 195     | 60.00  |

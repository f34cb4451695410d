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
      | 17:45 | 0       | 0.00   |
      | 18:00 | 0       | 0.00   |
      | 18:05 | 5       | 0.00   |
      | 18:06 | 6       | 5.00   |
      | 18:10 | 10      | 5.00   |
      | 18:11 | 11      | 10.00  |
      | 18:59 | 59      | 30.00  |
      | 19:00 | 60      | 30.00  |
      | 20:30 | 150     | 60.00  |

Feature: Tortoise hibernation
  The tortoise is weighed when it goes to sleep and at the end of each month. It may
  lose up to 1% of its starting weight for each month asleep; if it has lost more than
  that, it must be woken up. The loss is shown as a percent with one decimal.

  Scenario Outline: the monthly weigh-in
    Given the tortoise weighed <start> g when it went to sleep
    And it weighs <now> g at the end of month <month>
    When the weigh-in is recorded
    Then the weight lost is <lost> percent
    And it must be woken: <wake>

    Examples:
      | start | now  | month | lost | wake |
      | 1500  | 1470 | 2     | 2.0  | no   |
      | 1500  | 1469 | 2     | 2.1  | yes  |
      | 900   | 880  | 4     | 2.2  | no   |
      | 720   | 690  | 4     | 4.2  | yes  |
      | 1100  | 1089 | 1     | 1.0  | no   |
      | 480   | 470  | 3     | 2.1  | no   |

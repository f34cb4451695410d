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
      | 1000  | 990  | 1     | 1.0  | no   |
      | 1000  | 989  | 1     | 1.1  | yes  |
      | 1000  | 975  | 3     | 2.5  | no   |
      | 1200  | 1164 | 3     | 3.0  | no   |
      | 1200  | 1163 | 3     | 3.1  | yes  |
      | 850   | 838  | 2     | 1.4  | no   |
      | 850   | 832  | 2     | 2.1  | yes  |
      | 640   | 640  | 1     | 0.0  | no   |
      | 2050  | 1960 | 4     | 4.4  | yes  |

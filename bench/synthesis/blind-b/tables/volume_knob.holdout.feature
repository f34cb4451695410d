Feature: Speaker volume

  Scenario Outline: turning the volume up or down
    Given the speaker volume is <volume>
    And the listener turns it by <change>
    When the new volume is applied
    Then the speaker volume becomes <result>

    Examples:
      | volume | change | result |
      | 60     | 45     | 100    |
      | 12     | -20    | 0      |
      | 40     | -15    | 25     |
      | 99     | 1      | 100    |
      | 0      | -5     | 0      |

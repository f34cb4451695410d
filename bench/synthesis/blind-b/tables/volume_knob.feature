Feature: Speaker volume

  Scenario Outline: turning the volume up or down
    Given the speaker volume is <volume>
    And the listener turns it by <change>
    When the new volume is applied
    Then the speaker volume becomes <result>

    Examples:
      | volume | change | result |
      | 50     | 10     | 60     |
      | 95     | 10     | 100    |
      | 5      | -10    | 0      |
      | 100    | 5      | 100    |
      | 30     | -30    | 0      |
      | 0      | 7      | 7      |
      | 80     | -25    | 55     |

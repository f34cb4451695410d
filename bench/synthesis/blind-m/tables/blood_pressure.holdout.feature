Feature: Home blood pressure monitor
  The monitor rates a reading "high" when the top number is 140 or more or the
  bottom number is 90 or more, "raised" when the top number is 120 or more or
  the bottom number is 80 or more, and "normal" otherwise.

  Scenario Outline: rating a reading
    Given a top number of <top>
    And a bottom number of <bottom>
    When the monitor rates the reading
    Then the screen shows "<rating>"

    Examples:
      | top | bottom | rating |
      | 118 | 82     | raised |
      | 150 | 85     | high   |
      | 135 | 95     | high   |
      | 112 | 68     | normal |
      | 130 | 78     | raised |
      | 141 | 60     | high   |

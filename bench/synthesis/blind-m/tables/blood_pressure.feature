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
      | 115 | 75     | normal |
      | 119 | 79     | normal |
      | 120 | 70     | raised |
      | 110 | 80     | raised |
      | 139 | 89     | raised |
      | 140 | 70     | high   |
      | 125 | 90     | high   |
      | 160 | 100    | high   |
      | 100 | 65     | normal |

Feature: Lorry driver breaks
  A driver must stop for a 45-minute break after every 4 hours 30 minutes of driving, but
  not when the driving is already over.

  Scenario Outline: planning a day on the road
    Given the driver sets off at "<start>"
    And <driving> minutes of driving are planned
    When the journey is planned
    Then the break count is <breaks>
    And the driver arrives at "<arrival>"

    Examples:
      | start | driving | breaks | arrival |
      | 06:00 | 270     | 0      | 10:30   |
      | 06:00 | 271     | 1      | 11:16   |
      | 07:30 | 120     | 0      | 09:30   |
      | 05:15 | 540     | 1      | 15:00   |
      | 05:15 | 541     | 2      | 15:46   |
      | 08:40 | 300     | 1      | 14:25   |
      | 04:05 | 810     | 2      | 19:05   |
      | 13:20 | 95      | 0      | 14:55   |
      | 03:50 | 811     | 3      | 19:36   |

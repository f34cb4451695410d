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
      | 09:10 | 200     | 0      | 12:30   |
      | 06:45 | 400     | 1      | 14:10   |
      | 05:00 | 700     | 2      | 18:10   |
      | 11:55 | 275     | 1      | 17:15   |
      | 02:30 | 1000    | 3      | 21:25   |
      | 07:05 | 539     | 1      | 16:49   |

Feature: White water rafting
  Each raft takes up to 6 paddlers and a guide. For every 3 rafts, or part of 3,
  one safety kayaker goes along.

  Scenario Outline: rafts and kayakers for a group
    Given <paddlers> paddlers have booked the trip
    When the trip is planned
    Then the raft count is <rafts>
    And the safety kayaker count is <kayakers>

    Examples:
      | paddlers | rafts | kayakers |
      | 2        | 1     | 1        |
      | 6        | 1     | 1        |
      | 7        | 2     | 1        |
      | 18       | 3     | 1        |
      | 19       | 4     | 2        |
      | 36       | 6     | 2        |
      | 37       | 7     | 3        |
      | 54       | 9     | 3        |
      | 55       | 10    | 4        |

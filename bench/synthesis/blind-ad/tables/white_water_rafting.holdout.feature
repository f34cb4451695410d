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
      | 4        | 1     | 1        |
      | 12       | 2     | 1        |
      | 13       | 3     | 1        |
      | 25       | 5     | 2        |
      | 40       | 7     | 3        |
      | 60       | 10    | 4        |

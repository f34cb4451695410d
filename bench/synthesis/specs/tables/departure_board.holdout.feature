Feature: Departure board
  Departure hours from 0 to 23 are shown on the 12-hour clock, AM before noon and PM from noon on; hour 0 is 12 AM and hour 12 is 12 PM.

  Scenario Outline: showing the hour a train leaves
    Given a train leaving at hour <hour>
    When the departure board is updated
    Then the board shows "<shown>"

    Examples:
      | hour | shown |
      | 1    | 1 AM  |
      | 18   | 6 PM  |
      | 10   | 10 AM |
      | 22   | 10 PM |

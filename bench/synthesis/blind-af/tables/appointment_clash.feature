Feature: Appointment clash
  After the first appointment ends, the travel time is needed to reach the second one.
  The two clash when the second starts before the first has ended and the travel time
  has passed. The minutes to spare are negative for a clash, and 0 means just in time.

  Scenario Outline: checking two appointments on the same day
    Given the first appointment starts at "<first_start>" and lasts <length> minutes
    And the travel time to the second is <travel> minutes
    And the second appointment starts at "<second_start>"
    When the diary is checked
    Then the appointments clash: <clash>
    And the minutes to spare are <spare>

    Examples:
      | first_start | length | travel | second_start | clash | spare |
      | 09:00       | 30     | 15     | 10:00        | no    | 15    |
      | 09:00       | 30     | 15     | 09:45        | no    | 0     |
      | 09:00       | 30     | 15     | 09:40        | yes   | -5    |
      | 14:20       | 50     | 20     | 15:30        | no    | 0     |
      | 11:45       | 45     | 0      | 12:30        | no    | 0     |
      | 16:10       | 90     | 25     | 18:00        | yes   | -5    |
      | 08:30       | 20     | 40     | 09:45        | no    | 15    |
      | 13:00       | 60     | 30     | 13:30        | yes   | -60   |
      | 10:15       | 40     | 10     | 11:06        | no    | 1     |

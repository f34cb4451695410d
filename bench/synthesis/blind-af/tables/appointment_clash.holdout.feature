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
      | 07:50       | 25     | 35     | 08:50        | no    | 0     |
      | 12:40       | 55     | 15     | 13:45        | yes   | -5    |
      | 15:00       | 45     | 20     | 16:30        | no    | 25    |
      | 09:30       | 120    | 30     | 11:00        | yes   | -60   |
      | 17:05       | 35     | 0      | 17:39        | yes   | -1    |
      | 10:00       | 15     | 5      | 10:50        | no    | 30    |

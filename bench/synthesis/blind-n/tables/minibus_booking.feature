Feature: Minibus booking
  A minibus seats 16 people, and at most 2 of them can be wheelchair users.

  Scenario Outline: minibuses for a group
    Given a group of <people> people
    And the wheelchair users in the group number <wheel>
    When the minibuses are booked
    Then the minibuses needed are <buses>

    Examples:
      | people | wheel | buses |
      | 10     | 0     | 1     |
      | 16     | 0     | 1     |
      | 17     | 0     | 2     |
      | 16     | 2     | 1     |
      | 10     | 3     | 2     |
      | 33     | 0     | 3     |
      | 30     | 6     | 3     |
      | 20     | 7     | 4     |
      | 48     | 2     | 3     |

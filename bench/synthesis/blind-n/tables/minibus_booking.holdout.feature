Feature: Minibus booking
  A minibus seats 16 people, and at most 2 of them can be wheelchair users.

  Scenario Outline: minibuses for a group
    Given a group of <people> people
    And the wheelchair users in the group number <wheel>
    When the minibuses are booked
    Then the minibuses needed are <buses>

    Examples:
      | people | wheel | buses |
      | 12     | 2     | 1     |
      | 15     | 5     | 3     |
      | 32     | 1     | 2     |
      | 40     | 4     | 3     |
      | 8      | 8     | 4     |
      | 50     | 0     | 4     |

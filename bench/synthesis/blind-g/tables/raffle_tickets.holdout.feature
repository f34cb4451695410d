Feature: Raffle at the school fair
  The winning tickets were drawn from a hat at the fair. This list is only what
  was drawn; there is no pattern to find.

  Scenario Outline: checking a ticket
    Given raffle ticket number <ticket>
    When the ticket is checked
    Then it wins a prize: <wins>

    Examples:
      | ticket | wins |
      | 18     | no   |
      | 64     | yes  |
      | 200    | yes  |
      | 5      | no   |
      | 150    | no   |

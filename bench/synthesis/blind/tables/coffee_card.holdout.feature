Feature: Coffee stamp card
  Every tenth coffee on the card is on the house.

  Scenario Outline: ringing up a coffee
    Given this is coffee number <number> on the customer's card
    When the barista rings it up
    Then the coffee is free: <free>

    Examples:
      | number | free |
      | 30     | yes  |
      | 100    | yes  |
      | 99     | no   |
      | 25     | no   |
      | 41     | no   |

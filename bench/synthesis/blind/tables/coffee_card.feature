Feature: Coffee stamp card
  Every tenth coffee on the card is on the house.

  Scenario Outline: ringing up a coffee
    Given this is coffee number <number> on the customer's card
    When the barista rings it up
    Then the coffee is free: <free>

    Examples:
      | number | free |
      | 1      | no   |
      | 9      | no   |
      | 10     | yes  |
      | 11     | no   |
      | 15     | no   |
      | 20     | yes  |

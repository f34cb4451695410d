Feature: House numbers for the delivery app
  The house number is the first word of the street line of an address.

  Scenario Outline: picking out the house number
    Given the street line "<line>"
    When the house number is picked out
    Then the house number is "<number>"

    Examples:
      | line              | number |
      | 10 Downing Street | 10     |
      | 350 Fifth Avenue  | 350    |
      | 4a Mill Lane      | 4a     |

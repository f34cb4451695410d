Feature: House numbers for the delivery app
  The house number is the first word of the street line of an address.

  Scenario Outline: picking out the house number
    Given the street line "<line>"
    When the house number is picked out
    Then the house number is "<number>"

    Examples:
      | line              | number |
      | 12 High Street    | 12     |
      | 7 Elm Road        | 7      |
      | 221B Baker Street | 221B   |
      | 1 Infinite Loop   | 1      |
      | 42 Rue de la Paix | 42     |

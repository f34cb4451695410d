Feature: Reservoir level
  The level is the water stored as a percentage of the capacity, rounded to a whole percent. The
  status goes by that shown percent: 60 or more is "normal", 40 to 59 is "watch", and below 40
  there is a "hosepipe ban".

  Scenario Outline: reading the reservoir
    Given the reservoir holds <stored> megalitres
    And it can hold <capacity> megalitres when full
    When the weekly level is published
    Then it is <percent> percent full
    And the status is "<status>"

    Examples:
      | stored | capacity | percent | status       |
      | 150    | 500      | 30      | hosepipe ban |
      | 12     | 700      | 2       | hosepipe ban |
      | 1198   | 3000     | 40      | watch        |
      | 2230   | 4500     | 50      | watch        |
      | 5980   | 10000    | 60      | normal       |
      | 640    | 900      | 71      | normal       |

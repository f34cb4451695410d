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
      | 0      | 500      | 0       | hosepipe ban |
      | 195    | 500      | 39      | hosepipe ban |
      | 317    | 820      | 39      | hosepipe ban |
      | 1203   | 3000     | 40      | watch        |
      | 1770   | 3000     | 59      | watch        |
      | 2090   | 3500     | 60      | normal       |
      | 480    | 800      | 60      | normal       |
      | 7950   | 8000     | 99      | normal       |
      | 8000   | 8000     | 100     | normal       |

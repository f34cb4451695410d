Feature: Chilli heat label
  The label goes by Scoville heat units: under 1000 is mild, under 10000 medium, under 100000
  hot, and 100000 or more fiery. Mild gets one chilli on the label, and each step up adds one.

  Scenario Outline: labelling a jar of chilli sauce
    Given a sauce measured at <units> Scoville units
    When the jar label is printed
    Then the heat reads "<heat>"
    And the chilli count on the label is <chillies>

    Examples:
      | units   | heat   | chillies |
      | 400     | mild   | 1        |
      | 800     | mild   | 1        |
      | 5000    | medium | 2        |
      | 30000   | hot    | 3        |
      | 75000   | hot    | 3        |
      | 1600000 | fiery  | 4        |

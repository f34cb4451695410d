Feature: Surf report

  Scenario Outline: grading the waves
    Given the buoy measures waves of <height> metres
    When the surf report is written
    Then the surf is "<grade>"

    Examples:
      | height | grade |
      | 0.0    | flat  |
      | 0.2    | flat  |
      | 0.3    | small |
      | 0.9    | small |
      | 1.0    | good  |
      | 2.4    | good  |
      | 2.5    | big   |
      | 3.8    | big   |

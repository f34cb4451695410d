Feature: Surf report

  Scenario Outline: grading the waves
    Given the buoy measures waves of <height> metres
    When the surf report is written
    Then the surf is "<grade>"

    Examples:
      | height | grade |
      | 0.1    | flat  |
      | 0.6    | small |
      | 1.3    | good  |
      | 2.0    | good  |
      | 3.0    | big   |
      | 5.5    | big   |

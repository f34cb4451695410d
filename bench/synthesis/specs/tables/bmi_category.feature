Feature: Body mass index
  Below 18.5 is underweight, from 18.5 normal, from 25 overweight, and from 30 obese.

  Scenario Outline: classifying a body mass index
    Given a body mass index of <bmi>
    When the index is classified
    Then the category is "<category>"

    Examples:
      | bmi  | category    |
      | 16.0 | underweight |
      | 18.4 | underweight |
      | 18.5 | normal      |
      | 22   | normal      |
      | 24.9 | normal      |
      | 25   | overweight  |
      | 29.9 | overweight  |
      | 30   | obese       |
      | 35.2 | obese       |

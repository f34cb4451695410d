Feature: Body mass index
  Below 18.5 is underweight, from 18.5 normal, from 25 overweight, and from 30 obese.

  Scenario Outline: classifying a body mass index
    Given a body mass index of <bmi>
    When the index is classified
    Then the category is "<category>"

    Examples:
      | bmi  | category    |
      | 17   | underweight |
      | 21.3 | normal      |
      | 25.1 | overweight  |
      | 27.5 | overweight  |
      | 40   | obese       |

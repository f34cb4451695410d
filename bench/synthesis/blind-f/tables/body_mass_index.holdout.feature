Feature: Body mass index at the health check
  The BMI is the weight in kg divided by the square of the height in metres,
  rounded to one decimal. Below 18.5 is "underweight", below 25.0 "healthy",
  below 30.0 "overweight" and 30.0 or more "obese". The category follows the
  rounded BMI.

  Scenario Outline: BMI and its category
    Given a weight of <weight> kg
    And a height of <height> cm
    When the body mass index is calculated
    Then the BMI is <bmi>
    And the category is "<category>"

    Examples:
      | weight | height | bmi  | category    |
      | 60     | 165    | 22.0 | healthy     |
      | 45     | 160    | 17.6 | underweight |
      | 85     | 175    | 27.8 | overweight  |
      | 110    | 185    | 32.1 | obese       |
      | 86.6   | 170    | 30.0 | obese       |
      | 53     | 170    | 18.3 | underweight |

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
      | 70     | 175    | 22.9 | healthy     |
      | 50     | 170    | 17.3 | underweight |
      | 53.5   | 170    | 18.5 | healthy     |
      | 81     | 180    | 25.0 | overweight  |
      | 90     | 180    | 27.8 | overweight  |
      | 76.8   | 160    | 30.0 | obese       |
      | 100    | 160    | 39.1 | obese       |
      | 64     | 200    | 16.0 | underweight |

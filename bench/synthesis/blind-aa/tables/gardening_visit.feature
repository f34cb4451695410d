Feature: Gardening visit bill
  We charge 18.00 an hour, by the half hour: a part of a half hour counts as a whole one,
  and we always charge at least two hours. Each bag of green waste we take away is 6.00.
  Customers aged 65 or over get 10% off the whole bill.

  Scenario Outline: billing a visit
    Given the visit lasted <minutes> minutes
    And <bags> bags of green waste were taken away
    And the customer is <age> years old
    When the bill is made out
    Then the bill comes to <total>

    Examples:
      | minutes | bags | age | total  |
      | 60      | 2    | 40  | 48.00  |
      | 120     | 0    | 52  | 36.00  |
      | 121     | 2    | 64  | 57.00  |
      | 150     | 3    | 65  | 56.70  |
      | 180     | 0    | 70  | 48.60  |
      | 45      | 0    | 81  | 32.40  |
      | 90      | 2    | 66  | 43.20  |
      | 210     | 4    | 64  | 87.00  |
      | 240     | 5    | 38  | 102.00 |

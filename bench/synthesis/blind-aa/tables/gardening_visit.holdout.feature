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
      | 30      | 0    | 29  | 36.00  |
      | 480     | 10   | 45  | 204.00 |
      | 135     | 3    | 90  | 56.70  |
      | 301     | 2    | 65  | 99.90  |
      | 360     | 6    | 50  | 144.00 |
      | 20      | 4    | 77  | 54.00  |

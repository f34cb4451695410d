Feature: Fishing competition weigh-in
  Each angler weighs in up to three fish, in grams; a fish not caught is entered
  as 0. The total is shown in kilograms with three decimals, and the biggest
  fish is kept for the specimen prize.

  Scenario Outline: weighing in
    Given the angler's fish weigh <first>, <second> and <third> grams
    When the catch is weighed in
    Then the total weight is "<total>"
    And the biggest fish is <biggest> grams

    Examples:
      | first | second | third | total     | biggest |
      | 500   | 750    | 500   | 1.750 kg  | 750     |
      | 1200  | 340    | 980   | 2.520 kg  | 1200    |
      | 0     | 0      | 0     | 0.000 kg  | 0       |
      | 85    | 120    | 60    | 0.265 kg  | 120     |
      | 2300  | 2300   | 150   | 4.750 kg  | 2300    |
      | 0     | 410    | 0     | 0.410 kg  | 410     |
      | 999   | 1      | 1000  | 2.000 kg  | 1000    |
      | 3050  | 2875   | 4120  | 10.045 kg | 4120    |

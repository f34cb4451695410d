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
      | 640   | 720    | 55    | 1.415 kg  | 720     |
      | 0     | 0      | 1850  | 1.850 kg  | 1850    |
      | 12    | 8      | 30    | 0.050 kg  | 30      |
      | 5000  | 4999   | 4998  | 14.997 kg | 5000    |
      | 333   | 333    | 333   | 0.999 kg  | 333     |
      | 1500  | 0      | 2250  | 3.750 kg  | 2250    |

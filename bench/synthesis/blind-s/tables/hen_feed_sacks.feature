Feature: Feed for the hens
  Each hen eats 120 g of layers pellets a day. The feed needed is shown in kg to one decimal
  place, and pellets are bought in whole 20 kg sacks.

  Scenario Outline: ordering pellets for a stretch of days
    Given a flock of <hens> hens
    And the feed has to last <days> days
    When the feed order is worked out
    Then the flock needs <kg> kg of pellets
    And the sack count is <sacks>

    Examples:
      | hens | days | kg   | sacks |
      | 3    | 2    | 0.7  | 1     |
      | 4    | 2    | 1.0  | 1     |
      | 7    | 3    | 2.5  | 1     |
      | 6    | 7    | 5.0  | 1     |
      | 2    | 83   | 19.9 | 1     |
      | 2    | 84   | 20.2 | 2     |
      | 12   | 30   | 43.2 | 3     |
      | 10   | 50   | 60.0 | 3     |
      | 3    | 167  | 60.1 | 4     |

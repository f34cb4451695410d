Feature: Skip hire
  A mini skip is 95.00, a midi 160.00 and a builders skip 230.00, each for up to 7 days.
  Every day after the seventh costs 12.00 more. A skip standing on the road needs a council
  permit, which adds 40.00.

  Scenario Outline: pricing a skip
    Given a "<size>" skip is hired for <days> days
    And it stands on the road: <road>
    When the hire is priced
    Then the bill is <bill>

    Examples:
      | size     | days | road | bill   |
      | mini     | 7    | no   | 95.00  |
      | mini     | 8    | no   | 107.00 |
      | midi     | 3    | no   | 160.00 |
      | midi     | 7    | yes  | 200.00 |
      | midi     | 10   | no   | 196.00 |
      | builders | 7    | no   | 230.00 |
      | builders | 8    | yes  | 282.00 |
      | mini     | 14   | yes  | 219.00 |
      | builders | 21   | no   | 398.00 |

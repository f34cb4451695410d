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
      | mini     | 5    | yes  | 135.00 |
      | midi     | 8    | no   | 172.00 |
      | builders | 2    | yes  | 270.00 |
      | midi     | 12   | yes  | 260.00 |
      | mini     | 9    | no   | 119.00 |
      | builders | 10   | no   | 266.00 |

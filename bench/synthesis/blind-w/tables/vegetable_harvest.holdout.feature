Feature: Vegetable harvest dates
  Radishes are ready 4 weeks after sowing, lettuce 8 weeks and carrots 11 weeks.

  Scenario Outline: the harvest date
    Given "<crop>" sown on "<sown>"
    When the harvest date is worked out
    Then it is ready on "<ready>"

    Examples:
      | crop    | sown       | ready      |
      | lettuce | 2027-05-05 | 2027-06-30 |
      | carrot  | 2028-01-20 | 2028-04-06 |
      | radish  | 2027-11-25 | 2027-12-23 |
      | lettuce | 2028-12-10 | 2029-02-04 |
      | carrot  | 2027-04-01 | 2027-06-17 |
      | radish  | 2029-02-14 | 2029-03-14 |

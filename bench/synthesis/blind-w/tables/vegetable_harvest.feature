Feature: Vegetable harvest dates
  Radishes are ready 4 weeks after sowing, lettuce 8 weeks and carrots 11 weeks.

  Scenario Outline: the harvest date
    Given "<crop>" sown on "<sown>"
    When the harvest date is worked out
    Then it is ready on "<ready>"

    Examples:
      | crop    | sown       | ready      |
      | radish  | 2027-03-01 | 2027-03-29 |
      | lettuce | 2027-03-01 | 2027-04-26 |
      | carrot  | 2027-03-01 | 2027-05-17 |
      | radish  | 2028-02-10 | 2028-03-09 |
      | radish  | 2027-02-10 | 2027-03-10 |
      | lettuce | 2027-12-20 | 2028-02-14 |
      | carrot  | 2027-06-30 | 2027-09-15 |
      | carrot  | 2027-10-15 | 2027-12-31 |
      | radish  | 2027-08-04 | 2027-09-01 |

Feature: FOI request deadline
  A freedom of information request must be acknowledged within 3 working
  days and answered within 20 working days. Day 1 is the first working day
  after the day the request arrives, even when it arrives at a weekend.
  Only Saturdays and Sundays are skipped: bank holidays count as working
  days here.

  Scenario Outline: deadlines for a request
    Given a request that arrives on "<arrived>"
    When the deadlines are set
    Then it must be acknowledged by "<acknowledge>"
    And it must be answered by "<answer>"

    Examples:
      | arrived    | acknowledge | answer     |
      | 2026-03-02 | 2026-03-05  | 2026-03-30 |
      | 2026-03-06 | 2026-03-11  | 2026-04-03 |
      | 2026-03-07 | 2026-03-11  | 2026-04-03 |
      | 2026-03-08 | 2026-03-11  | 2026-04-03 |
      | 2026-12-16 | 2026-12-21  | 2027-01-13 |
      | 2026-12-31 | 2027-01-05  | 2027-01-28 |
      | 2028-02-08 | 2028-02-11  | 2028-03-07 |
      | 2027-06-03 | 2027-06-08  | 2027-07-01 |
      | 2027-02-27 | 2027-03-03  | 2027-03-26 |

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
      | 2026-09-22 | 2026-09-25  | 2026-10-20 |
      | 2026-11-29 | 2026-12-02  | 2026-12-25 |
      | 2027-10-15 | 2027-10-20  | 2027-11-12 |
      | 2028-02-26 | 2028-03-01  | 2028-03-24 |
      | 2027-12-29 | 2028-01-03  | 2028-01-26 |
      | 2026-05-11 | 2026-05-14  | 2026-06-08 |

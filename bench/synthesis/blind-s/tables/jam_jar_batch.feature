Feature: Jam jar batch codes
  Every jar gets a batch code: the first three letters of the fruit in capitals, a dash, and
  the day the jam was made as yymmdd. The second batch of the same fruit on the same day adds
  -2 at the end, the third -3, and so on; the first batch adds nothing.

  Scenario Outline: labelling a batch of jam
    Given a batch of "<fruit>" jam made on "<made>"
    And it is batch <batch> of that fruit that day
    When the jars are labelled
    Then the batch code is "<code>"

    Examples:
      | fruit        | made       | batch | code         |
      | strawberry   | 2026-07-14 | 1     | STR-260714   |
      | strawberry   | 2026-07-14 | 2     | STR-260714-2 |
      | blackcurrant | 2026-08-03 | 1     | BLA-260803   |
      | plum         | 2026-09-30 | 3     | PLU-260930-3 |
      | fig          | 2027-01-05 | 1     | FIG-270105   |
      | raspberry    | 2026-12-31 | 2     | RAS-261231-2 |
      | gooseberry   | 2027-06-01 | 1     | GOO-270601   |
      | damson       | 2026-10-09 | 4     | DAM-261009-4 |
      | apricot      | 2028-02-29 | 1     | APR-280229   |

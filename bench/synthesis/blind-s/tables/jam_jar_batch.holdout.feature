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
      | fruit      | made       | batch | code         |
      | cherry     | 2026-06-21 | 1     | CHE-260621   |
      | rhubarb    | 2027-04-10 | 2     | RHU-270410-2 |
      | quince     | 2026-11-15 | 1     | QUI-261115   |
      | strawberry | 2027-07-02 | 3     | STR-270702-3 |
      | blueberry  | 2026-08-08 | 5     | BLU-260808-5 |
      | plum       | 2026-09-30 | 1     | PLU-260930   |

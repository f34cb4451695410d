Feature: Racing pigeon rings

  Scenario Outline: stamping a ring
    Given a ring for country "<country>"
    And the year <year>
    And ring number <number>
    When the ring is stamped
    Then it reads "<ring>"

    Examples:
      | country | year | number | ring        |
      | NL      | 2028 | 215    | NL-28-00215 |
      | PL      | 2019 | 3      | PL-19-00003 |
      | BE      | 2031 | 70410  | BE-31-70410 |
      | IE      | 2005 | 1234   | IE-05-01234 |
      | DE      | 2026 | 56     | DE-26-00056 |
      | FR      | 2010 | 800    | FR-10-00800 |

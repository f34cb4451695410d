Feature: Racing pigeon rings

  Scenario Outline: stamping a ring
    Given a ring for country "<country>"
    And the year <year>
    And ring number <number>
    When the ring is stamped
    Then it reads "<ring>"

    Examples:
      | country | year | number | ring        |
      | GB      | 2026 | 347    | GB-26-00347 |
      | GB      | 2026 | 12345  | GB-26-12345 |
      | NL      | 2025 | 8      | NL-25-00008 |
      | BE      | 2009 | 560    | BE-09-00560 |
      | IE      | 2030 | 4071   | IE-30-04071 |
      | DE      | 2024 | 99999  | DE-24-99999 |
      | GB      | 2027 | 10000  | GB-27-10000 |
      | FR      | 2001 | 47     | FR-01-00047 |

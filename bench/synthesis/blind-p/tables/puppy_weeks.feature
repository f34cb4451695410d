Feature: Puppy age
  Only completed weeks count. A puppy may go to its new home once it is 8 weeks old.

  Scenario Outline: how old is the puppy
    Given the puppy was born on "<born>"
    And today is "<today>"
    When the breeder checks the puppy's age
    Then the puppy's age in full weeks is <weeks>
    And it may go to a new home: <ready>

    Examples:
      | born       | today      | weeks | ready |
      | 2026-06-30 | 2026-06-30 | 0     | no    |
      | 2026-03-01 | 2026-03-07 | 0     | no    |
      | 2026-03-01 | 2026-03-08 | 1     | no    |
      | 2026-01-10 | 2026-03-06 | 7     | no    |
      | 2026-01-10 | 2026-03-07 | 8     | yes   |
      | 2027-12-20 | 2028-02-14 | 8     | yes   |
      | 2027-02-01 | 2027-03-28 | 7     | no    |
      | 2028-02-01 | 2028-03-28 | 8     | yes   |
      | 2026-05-05 | 2026-08-20 | 15    | yes   |

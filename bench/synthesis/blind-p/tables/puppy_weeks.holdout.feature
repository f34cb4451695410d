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
      | 2026-04-01 | 2026-05-27 | 8     | yes   |
      | 2026-04-02 | 2026-05-27 | 7     | no    |
      | 2026-11-15 | 2027-01-03 | 7     | no    |
      | 2028-01-20 | 2028-03-16 | 8     | yes   |
      | 2026-09-09 | 2026-09-22 | 1     | no    |
      | 2026-07-01 | 2026-12-24 | 25    | yes   |

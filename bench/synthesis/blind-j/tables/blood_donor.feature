Feature: Blood donor check
  Donors must be 18 to 65 years old and weigh at least 50 kg. A donor who
  cannot give blood is told why; the age is checked before the weight.

  Scenario Outline: checking a donor
    Given the donor is <age> years old
    And the donor weighs <weight> kg
    When eligibility is checked
    Then the answer is "<answer>"

    Examples:
      | age | weight | answer     |
      | 17  | 70     | too young  |
      | 18  | 50     | can donate |
      | 18  | 49     | too light  |
      | 40  | 62     | can donate |
      | 65  | 80     | can donate |
      | 66  | 80     | too old    |
      | 16  | 45     | too young  |
      | 30  | 48     | too light  |
      | 70  | 45     | too old    |

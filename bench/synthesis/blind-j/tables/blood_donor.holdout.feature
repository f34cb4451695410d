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
      | 25  | 50     | can donate |
      | 19  | 44     | too light  |
      | 64  | 51     | can donate |
      | 67  | 90     | too old    |
      | 15  | 60     | too young  |
      | 72  | 40     | too old    |

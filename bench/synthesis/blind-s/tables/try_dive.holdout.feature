Feature: Try dive in the pool
  A try dive is open to anyone aged 10 or over who can swim 200 m and who answered no to every
  medical question. Accepted divers under 18 need a parent to sign the form; nobody else does.

  Scenario Outline: checking a try dive booking
    Given the diver is <age> years old
    And the diver can swim 200 m: <swims>
    And the diver answered yes to a medical question: <medical>
    When the dive centre checks the booking
    Then the booking is accepted: <accepted>
    And a parent must sign: <parent>

    Examples:
      | age | swims | medical | accepted | parent |
      | 8   | yes   | no      | no       | no     |
      | 11  | yes   | no      | yes      | yes    |
      | 19  | yes   | no      | yes      | no     |
      | 40  | yes   | no      | yes      | no     |
      | 16  | no    | yes     | no       | no     |
      | 52  | yes   | yes     | no       | no     |

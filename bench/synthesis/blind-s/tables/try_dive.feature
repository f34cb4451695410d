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
      | 9   | yes   | no      | no       | no     |
      | 10  | yes   | no      | yes      | yes    |
      | 17  | yes   | no      | yes      | yes    |
      | 18  | yes   | no      | yes      | no     |
      | 64  | yes   | no      | yes      | no     |
      | 35  | no    | no      | no       | no     |
      | 35  | yes   | yes     | no       | no     |
      | 12  | yes   | yes     | no       | no     |
      | 14  | no    | no      | no       | no     |

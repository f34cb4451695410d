Feature: Election deposit
  A candidate's share is their votes as a percentage of all valid votes, shown to one
  decimal place with halves going up. A candidate with 5% or more of the valid votes gets
  the deposit back.

  Scenario Outline: declaring a candidate's result
    Given the candidate got <votes> votes
    And <total> valid votes were cast
    When the result is declared
    Then the candidate's share is "<share>"
    And the deposit is returned: <returned>

    Examples:
      | votes | total | share  | returned |
      | 4000  | 4000  | 100.0% | yes      |
      | 7     | 2000  | 0.4%   | no       |
      | 151   | 3000  | 5.0%   | yes      |
      | 149   | 3000  | 5.0%   | no       |
      | 18725 | 25000 | 74.9%  | yes      |
      | 3     | 80    | 3.8%   | no       |

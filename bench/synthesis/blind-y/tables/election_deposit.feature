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
      | votes | total | share | returned |
      | 2500  | 50000 | 5.0%  | yes      |
      | 2499  | 50000 | 5.0%  | no       |
      | 12345 | 40000 | 30.9% | yes      |
      | 1800  | 48000 | 3.8%  | no       |
      | 21000 | 42000 | 50.0% | yes      |
      | 333   | 1000  | 33.3% | yes      |
      | 45    | 1000  | 4.5%  | no       |
      | 50    | 1000  | 5.0%  | yes      |
      | 9876  | 30000 | 32.9% | yes      |

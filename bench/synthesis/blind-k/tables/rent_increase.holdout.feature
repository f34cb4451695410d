Feature: Rent renewal check
  The change is shown as a percentage of the old rent, rounded to one decimal, with its
  sign. An increase of more than 5% is "above the cap"; any other change is "allowed".

  Scenario Outline: checking a proposed rent
    Given the current monthly rent is <old>
    And the landlord proposes <new>
    When the renewal is checked
    Then the change is "<change>"
    And the proposal is "<verdict>"

    Examples:
      | old  | new  | change | verdict       |
      | 800  | 832  | +4.0%  | allowed       |
      | 1100 | 1160 | +5.5%  | above the cap |
      | 990  | 940  | -5.1%  | allowed       |
      | 1500 | 1575 | +5.0%  | allowed       |
      | 560  | 600  | +7.1%  | above the cap |
      | 675  | 675  | 0.0%   | allowed       |

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
      | 1000 | 1050 | +5.0%  | allowed       |
      | 1000 | 1051 | +5.1%  | above the cap |
      | 850  | 900  | +5.9%  | above the cap |
      | 1200 | 1200 | 0.0%   | allowed       |
      | 950  | 920  | -3.2%  | allowed       |
      | 720  | 756  | +5.0%  | allowed       |
      | 1375 | 1420 | +3.3%  | allowed       |
      | 640  | 701  | +9.5%  | above the cap |
      | 1100 | 990  | -10.0% | allowed       |

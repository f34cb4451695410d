Feature: Orchard yield
  The change is (this season - last season) / last season, shown as a whole percent rounded
  to the nearest, with a plus sign for a rise and a minus sign for a fall ("0%" for no change).
  A shown change of +10% or more makes a good year, -10% or less a poor year, and anything in
  between an average year.

  Scenario Outline: comparing two apple harvests
    Given the orchard picked <last> kg of apples last season
    And <this> kg this season
    When the seasons are compared
    Then the change is "<change>"
    And it was "<verdict>"

    Examples:
      | last | this | change | verdict         |
      | 2000 | 2160 | +8%    | an average year |
      | 450  | 396  | -12%   | a poor year     |
      | 1500 | 1641 | +9%    | an average year |
      | 730  | 803  | +10%   | a good year     |
      | 600  | 542  | -10%   | a poor year     |
      | 320  | 512  | +60%   | a good year     |

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
      | 1200 | 1320 | +10%   | a good year     |
      | 1200 | 1319 | +10%   | a good year     |
      | 1200 | 1313 | +9%    | an average year |
      | 800  | 800  | 0%     | an average year |
      | 800  | 720  | -10%   | a poor year     |
      | 800  | 725  | -9%    | an average year |
      | 1000 | 904  | -10%   | a poor year     |
      | 950  | 1425 | +50%   | a good year     |
      | 640  | 0    | -100%  | a poor year     |

Feature: Residents survey returns

  Scenario Outline: the response rate
    Given <sent> survey forms were delivered
    And <returned> came back
    When the response rate is reported
    Then the response rate is "<rate>"
    And the number still out is <out>

    Examples:
      | sent | returned | rate   | out |
      | 200  | 50       | 25.0%  | 150 |
      | 300  | 100      | 33.3%  | 200 |
      | 300  | 200      | 66.7%  | 100 |
      | 120  | 120      | 100.0% | 0   |
      | 80   | 0        | 0.0%   | 80  |
      | 7    | 3        | 42.9%  | 4   |
      | 450  | 17       | 3.8%   | 433 |
      | 640  | 9        | 1.4%   | 631 |
      | 90   | 31       | 34.4%  | 59  |

Feature: Member rate
  Loyalty members pay 10% less than the standard room rate.

  Scenario Outline: quoting a stay to a loyalty member
    Given a standard rate of <rate> a night
    And a stay of <nights> nights
    When the member price is quoted
    Then the member pays <price>

    Examples:
      | rate | nights | price |
      | 100  | 1      | 90    |
      | 100  | 2      | 180   |
      | 100  | 3      | 270   |
      | 100  | 5      | 450   |
      | 100  | 7      | 630   |

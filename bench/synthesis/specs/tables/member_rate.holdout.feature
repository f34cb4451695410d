Feature: Member rate
  Loyalty members pay 10% less than the standard room rate.

  Scenario Outline: quoting a stay to a loyalty member
    Given a standard rate of <rate> a night
    And a stay of <nights> nights
    When the member price is quoted
    Then the member pays <price>

    Examples:
      | rate | nights | price |
      | 80   | 2      | 144   |
      | 150  | 1      | 135   |
      | 200  | 3      | 540   |
      | 120  | 4      | 432   |

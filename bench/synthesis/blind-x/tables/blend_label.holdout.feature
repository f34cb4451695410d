Feature: Fabric blend label
  The label gives the share of cotton by weight, to the nearest whole percent with
  halves going up, and the polyester share is the rest.

  Scenario Outline: printing the care label
    Given the garment uses <cotton> g of cotton
    And it uses <polyester> g of polyester
    When the care label is printed
    Then the cotton share reads "<cotton_share>"
    And the polyester share reads "<polyester_share>"

    Examples:
      | cotton | polyester | cotton_share | polyester_share |
      | 50     | 50        | 50%          | 50%             |
      | 333    | 667       | 33%          | 67%             |
      | 7      | 5         | 58%          | 42%             |
      | 995    | 5         | 100%         | 0%              |
      | 2      | 398       | 1%           | 99%             |
      | 411    | 189       | 69%          | 31%             |

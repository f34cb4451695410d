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
      | 130    | 70        | 65%          | 35%             |
      | 100    | 0         | 100%         | 0%              |
      | 0      | 150       | 0%           | 100%            |
      | 199    | 1         | 100%         | 0%              |
      | 1      | 199       | 1%           | 99%             |
      | 120    | 80        | 60%          | 40%             |
      | 133    | 67        | 67%          | 33%             |
      | 250    | 83        | 75%          | 25%             |
      | 90     | 210       | 30%          | 70%             |

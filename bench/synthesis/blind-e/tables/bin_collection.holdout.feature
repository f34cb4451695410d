Feature: Bin collection

  Scenario Outline: which bins are emptied
    Given week <week> of the year
    When the collection is looked up
    Then the bins emptied are "<bins>"

    Examples:
      | week | bins            |
      | 5    | none            |
      | 8    | paper           |
      | 15   | glass           |
      | 18   | paper and glass |
      | 21   | glass           |
      | 30   | paper and glass |

Feature: Bin collection

  Scenario Outline: which bins are emptied
    Given week <week> of the year
    When the collection is looked up
    Then the bins emptied are "<bins>"

    Examples:
      | week | bins            |
      | 1    | none            |
      | 2    | paper           |
      | 3    | glass           |
      | 4    | paper           |
      | 6    | paper and glass |
      | 7    | none            |
      | 9    | glass           |
      | 12   | paper and glass |
      | 52   | paper           |

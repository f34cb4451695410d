Feature: Holiday savings jar
  The jar app compares what is saved with the target. It shows how much is
  still to go, "target reached" when the two are equal, or how far the jar is
  over the target.

  Scenario Outline: updating the jar label
    Given the jar holds <saved>
    And the target is <target>
    When the jar app updates the label
    Then the label reads "<label>"

    Examples:
      | saved   | target  | label              |
      | 254.50  | 300.00  | 45.50 to go        |
      | 300.00  | 300.00  | target reached     |
      | 312.00  | 300.00  | 12.00 over target  |
      | 0.00    | 150.00  | 150.00 to go       |
      | 149.99  | 150.00  | 0.01 to go         |
      | 1000.05 | 1000.00 | 0.05 over target   |
      | 87.35   | 500.00  | 412.65 to go       |
      | 620.10  | 450.75  | 169.35 over target |

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
      | saved   | target  | label             |
      | 75.25   | 80.00   | 4.75 to go        |
      | 80.00   | 80.00   | target reached    |
      | 99.90   | 60.00   | 39.90 over target |
      | 0.00    | 42.42   | 42.42 to go       |
      | 1200.00 | 1199.99 | 0.01 over target  |
      | 333.33  | 1000.00 | 666.67 to go      |

Feature: Commute summary
  The app keeps my last five trips to work, in minutes. The typical commute is
  the middle one of the five once they are put in order; the best commute is
  the shortest.

  Scenario Outline: summary of the last five trips
    Given my last five commutes took "<trips>" minutes
    When the week is summarised
    Then the typical commute is <typical> minutes
    And the best commute is <best> minutes

    Examples:
      | trips              | typical | best |
      | 32, 28, 41, 30, 29 | 30      | 28   |
      | 25, 25, 25, 25, 25 | 25      | 25   |
      | 40, 22, 35, 58, 37 | 37      | 22   |
      | 18, 19, 60, 61, 62 | 60      | 18   |
      | 45, 44, 43, 42, 41 | 43      | 41   |
      | 30, 30, 31, 55, 29 | 30      | 29   |
      | 12, 90, 14, 13, 15 | 14      | 12   |
      | 33, 27, 27, 50, 49 | 33      | 27   |

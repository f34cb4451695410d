Feature: Holiday cottage changeover
  Stays of under 4 nights get a quick clean and longer stays a full clean. If the guests
  brought a dog it is always at least a full clean, and a deep clean after 7 nights or more.

  Scenario Outline: choosing the clean
    Given the guests stayed for <nights> nights
    And they brought a dog: <dog>
    When the cleaner's job sheet is printed
    Then the job is "<clean>"

    Examples:
      | nights | dog | clean       |
      | 2      | no  | quick clean |
      | 3      | no  | quick clean |
      | 4      | no  | full clean  |
      | 5      | no  | full clean  |
      | 10     | no  | full clean  |
      | 2      | yes | full clean  |
      | 6      | yes | full clean  |
      | 7      | yes | deep clean  |
      | 14     | yes | deep clean  |

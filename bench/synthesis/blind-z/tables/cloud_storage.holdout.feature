Feature: Cloud storage used
  The storage page shows how much of the plan is in use as a whole percentage, halves rounded
  up. The almost full banner appears once 90% or more of the plan is really in use.

  Scenario Outline: opening the storage page
    Given <used> MB of the <plan> MB plan is in use
    When the storage page is opened
    Then the usage reads "<percent>"
    And the almost full banner shows: <banner>

    Examples:
      | used  | plan  | percent | banner |
      | 2     | 5000  | 0%      | no     |
      | 50    | 5000  | 1%      | no     |
      | 12345 | 20000 | 62%     | no     |
      | 19990 | 20000 | 100%    | yes    |
      | 44750 | 50000 | 90%     | no     |
      | 45100 | 50000 | 90%     | yes    |
